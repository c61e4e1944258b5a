/**
 * What Apollo Server's request pipeline costs a subgraph per request (`pnpm bench:pipeline`, under a
 * minute), in one process and without HTTP: the same small operation through
 * `executeHTTPGraphQLRequest` with the product's settings (`serverPolicy`: request ids, operation
 * limits, metrics, error policy), against graphql-js alone (a parsed and validated document kept,
 * the operation measured against the same limits, then `execute` and `JSON.stringify`). The
 * difference is what a leaner subgraph server than Apollo Server could save per subgraph call.
 *
 *   options: --calls 30000 (per round and path)  --rounds 3
 */
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { createLogger, DEFAULT_OPERATION_LIMITS, exceededLimit, measureOperation, serverPolicy } from "@revgraph/graph";
import { buildSchema, execute, getOperationAST, parse, validate, type DocumentNode } from "graphql";
import { machineSummary } from "./support/machine";
import { median } from "./support/stats";
import { option } from "./support/options";

const calls = Number(option("calls", "30000"));
const rounds = Number(option("rounds", "3"));

// The shape of the personalization subgraph's flagship fetch: one lead's profile.
const schema = buildSchema(`
  type Profile { temperature: String! engagementScore: Float! intentScore: Float! }
  type Lead { id: ID! profile: Profile }
  type Query { lead(id: ID!): Lead }
`);
const rootValue = { lead: ({ id }: { id: string }) => ({ id, profile: { temperature: "COLD", engagementScore: 2.22, intentScore: 0.33 } }) };
const query = "query LeadOutlook__personalization__2($id: ID!) { lead(id: $id) { profile { temperature engagementScore intentScore } } }";
const variables = { id: "06dd536e-c9c8-40cb-a029-86fe86732c9f" };
const contextValue = { requestId: "3f1c0a7e-5b2d-4c8e-9a61-2d7f4b8e0c13" };

const policy = serverPolicy({ service: "bench", production: true, log: createLogger("bench", "warn") });
const server = new ApolloServer({
  schema,
  rootValue,
  ...policy,
  plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ...policy.plugins],
});
await server.start();
const headers = new HeaderMap([["content-type", "application/json"]]);

async function throughApollo(): Promise<string> {
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: "POST", headers, search: "", body: { query, variables } },
    context: async () => contextValue,
  });
  if (response.body.kind !== "complete" || response.status !== undefined) throw new Error("unexpected answer from Apollo Server");
  return response.body.string;
}

const documents = new Map<string, DocumentNode>();

async function graphqlAlone(): Promise<string> {
  let document = documents.get(query);
  if (!document) {
    document = parse(query, { maxTokens: DEFAULT_OPERATION_LIMITS.maxTokens });
    if (validate(schema, document).length) throw new Error("invalid document");
    documents.set(query, document);
  }
  const operation = getOperationAST(document, undefined)!;
  if (exceededLimit(measureOperation(schema, operation, {}, variables), DEFAULT_OPERATION_LIMITS)) throw new Error("limit exceeded");
  return `${JSON.stringify(await execute({ schema, document, rootValue, contextValue, variableValues: variables }))}\n`;
}

if ((await throughApollo()) !== (await graphqlAlone())) throw new Error("the two paths answer differently");

console.log("# Apollo Server's request pipeline against graphql-js alone, one small operation, no HTTP");
console.log(
  machineSummary()
    .split(" · ")
    .filter((part) => !part.startsWith("database"))
    .join(" · "),
);
const perCall = { apollo: [] as number[], alone: [] as number[] };
for (let round = 1; round <= rounds; round++) {
  for (const [name, run] of [
    ["apollo", throughApollo],
    ["alone", graphqlAlone],
  ] as const) {
    for (let i = 0; i < calls / 10; i++) await run();
    const start = process.cpuUsage();
    for (let i = 0; i < calls; i++) await run();
    const used = process.cpuUsage(start);
    perCall[name].push((used.user + used.system) / calls);
  }
  console.log(`round ${round}: Apollo Server ${perCall.apollo.at(-1)!.toFixed(1)} µs, graphql-js alone ${perCall.alone.at(-1)!.toFixed(1)} µs per request`);
}
const apollo = median(perCall.apollo);
const alone = median(perCall.alone);
console.log(`\nmedians: Apollo Server ${apollo.toFixed(1)} µs, graphql-js alone ${alone.toFixed(1)} µs, difference ${(apollo - alone).toFixed(1)} µs per request`);
await server.stop();
