/** The one helper that turns a subgraph's type-graphql resolvers into a Federation 2 subgraph schema. */
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, type BuildSchemaOptions } from "type-graphql";
import { scalarsMap } from "./scalars";

type ResolverMap = Record<string, Record<string, unknown>>;

/** The root types' descriptions, the same in every subgraph (type-graphql has no option for them). */
const ROOT_DESCRIPTIONS = {
  query: "Reads, each answered for the caller's organization only: another organization's records look missing.",
  mutation: "Writes, each within the caller's organization. Most report rejected input in their payload's `errors` rather than as GraphQL errors.",
};

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

export async function buildFederatedSchema(options: Omit<BuildSchemaOptions, "skipCheck" | "scalarsMap">, referenceResolvers: ResolverMap = {}): Promise<GraphQLSchema> {
  const schema = describeRootTypes(await buildSchema({ ...options, scalarsMap, skipCheck: true, validate: false }));
  const resolvers = createResolversMap(schema) as ResolverMap;
  for (const [typeName, fields] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...fields };
  }
  return buildSubgraphSchema([{ typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`), resolvers: resolvers as never }]);
}

/** Sets the descriptions on the schema just built (rebuilding its types instead trips graphql's realm check under vitest). */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = ROOT_DESCRIPTIONS.query;
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.mutation;
  return schema;
}
