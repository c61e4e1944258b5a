/**
 * What each hop of a request costs on its own (`pnpm bench:hops`, about five minutes): every
 * subgraph is sent, directly, the fetch the gateway makes of it for the flagship `lead(id)` and for
 * the work list, and the gateway the two whole queries, one after the other on an otherwise idle
 * stack. So a subgraph's CPU per fetch is measured without the other processes competing for the two
 * cores, which `pnpm bench:stack` (everything at once) cannot show.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench:hops
 *   options: --seconds 10 (per phase)  --rounds 2  --database bench_hops  --port 4700
 *
 * The fetches are written here as the gateway's query plans make them (same fields, same
 * `_entities` representations; a subgraph answering them with errors stops the run), with the rep's
 * 100 demo leads as ids and representations; 16 clients for one-lead fetches, 8 for the lists. Figures:
 * requests/s, then CPU ms per request of the process asked, of PostgreSQL and of every process (the
 * idle ones add a few hundredths), medians over rounds.
 */
import { LEAD_OUTLOOK, setUpBench, WORK_LIST } from "./stack";
import { postGraphql, runLoad } from "./support/load";
import { machineSummary } from "./support/machine";
import { cpuPerRequest, cpuSnapshot, stopAll, waitIdle } from "./support/stack-processes";
import { median } from "./support/stats";
import { option } from "./support/options";

const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) throw new Error("Set DATABASE_URL to a PostgreSQL server (a throwaway database is created on it)");
const seconds = Number(option("seconds", "10"));
const rounds = Number(option("rounds", "2"));

interface Lead {
  id: string;
  email: string;
}

interface Hop {
  label: string;
  /** The process the fetch is sent to. */
  server: string;
  query: string;
  variables: (leads: Lead[]) => Record<string, unknown>[];
  clients: number;
}

const PREDICTION = "prediction{probability confidence personalized factors{name contribution}reasoning}nextAction{action priority reasoning}";
const entities = (name: string, selection: string) => `query ${name}($representations:[_Any!]!){_entities(representations:$representations){...on Lead{${selection}}}}`;
const one = (extra: (lead: Lead) => object) => (leads: Lead[]) => leads.map((lead) => ({ representations: [{ __typename: "Lead", id: lead.id, ...extra(lead) }] }));
const all = (extra: (lead: Lead) => object) => (leads: Lead[]) => [{ representations: leads.map((lead) => ({ __typename: "Lead", id: lead.id, ...extra(lead) })) }];
const none = () => ({});
const email = (lead: Lead) => ({ email: lead.email });

const HOPS: Hop[] = [
  {
    label: "flagship: sales",
    server: "sales",
    query: "query LeadOutlook__sales__0($id:ID!){lead(id:$id){__typename id name status email}}",
    variables: (leads) => leads.map((lead) => ({ id: lead.id })),
    clients: 16,
  },
  { label: "flagship: scoring", server: "scoring", query: entities("LeadOutlook__scoring__1", `score ${PREDICTION}`), variables: one(none), clients: 16 },
  {
    label: "flagship: personalization",
    server: "personalization",
    query: entities("LeadOutlook__personalization__2", "profile{temperature engagementScore intentScore}"),
    variables: one(none),
    clients: 16,
  },
  {
    label: "flagship: customer-success",
    server: "customer-success",
    query: entities("LeadOutlook__customer_success__3", "account{name healthScore}"),
    variables: one(email),
    clients: 16,
  },
  { label: "flagship: through the gateway", server: "gateway", query: LEAD_OUTLOOK, variables: (leads) => leads.map((lead) => ({ id: lead.id })), clients: 16 },
  {
    label: "work list: sales",
    server: "sales",
    query: "query WorkList__sales__0($first:Int!){leads(first:$first,filter:{mine:true}){nodes{__typename id name status email}}}",
    variables: () => [{ first: 100 }],
    clients: 8,
  },
  { label: "work list: scoring", server: "scoring", query: entities("WorkList__scoring__1", `score ${PREDICTION}`), variables: all(none), clients: 8 },
  {
    label: "work list: personalization",
    server: "personalization",
    query: entities("WorkList__personalization__2", "profile{temperature engagementScore intentScore}"),
    variables: all(none),
    clients: 8,
  },
  {
    label: "work list: customer-success",
    server: "customer-success",
    query: entities("WorkList__customer_success__3", "account{name healthScore}"),
    variables: all(email),
    clients: 8,
  },
  { label: "work list: through the gateway", server: "gateway", query: WORK_LIST, variables: () => [{ first: 100 }], clients: 8 },
];

console.log("# Each hop on its own: the gateway's fetches sent straight to each subgraph, on PostgreSQL");
console.log(machineSummary());
const bench = await setUpBench({ adminUrl, database: option("database", "bench_hops"), basePort: Number(option("port", "4700")), logLevel: "warn" });
try {
  const urlOf = (name: string) => bench.children.find((c) => c.name === name)!.url;
  const mine = (await postGraphql(urlOf("sales"), bench.rep, "Mine", "query Mine{leads(first:100,filter:{mine:true}){nodes{id email}}}", {})) as {
    data: { leads: { nodes: Lead[] } };
  };
  const leads = mine.data.leads.nodes;
  const figures = new Map<string, { rps: number[]; own: number[]; postgres: number[]; total: number[] }>();
  for (let round = 1; round <= rounds; round++) {
    for (const hop of HOPS) {
      await waitIdle(bench.children);
      const before = cpuSnapshot(bench.children);
      const operationName = hop.query.slice("query ".length, hop.query.search(/[({]/));
      const result = await runLoad({ url: urlOf(hop.server), token: bench.rep, operationName, query: hop.query, variables: hop.variables(leads), clients: hop.clients, seconds });
      if (result.errors) throw new Error(`${hop.label}: ${result.errors} errors, first: ${result.firstError}`);
      const cpu = cpuPerRequest(before, cpuSnapshot(bench.children), result.requests);
      const own = cpu[hop.server]!;
      const total = Object.values(cpu).reduce((sum, ms) => sum + ms, 0);
      console.log(
        `round ${round}, ${hop.label}: ${result.rps.toFixed(1)} req/s, CPU ms/req ${hop.server} ${own.toFixed(3)}, postgres ${cpu.postgres!.toFixed(3)}, all ${total.toFixed(3)}`,
      );
      const entry = figures.get(hop.label) ?? { rps: [], own: [], postgres: [], total: [] };
      entry.rps.push(result.rps);
      entry.own.push(own);
      entry.postgres.push(cpu.postgres!);
      entry.total.push(total);
      figures.set(hop.label, entry);
    }
  }
  console.log(`\nMedians of ${rounds} round(s), ${seconds} s each:\n`);
  console.log("| hop | clients | req/s | CPU ms/req: the process asked | postgres | every process |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const hop of HOPS) {
    const entry = figures.get(hop.label)!;
    console.log(
      `| ${hop.label} | ${hop.clients} | ${median(entry.rps).toFixed(1)} | ${median(entry.own).toFixed(3)} | ${median(entry.postgres).toFixed(3)} | ${median(entry.total).toFixed(3)} |`,
    );
  }
} finally {
  await stopAll(bench.children);
}
