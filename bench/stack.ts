/**
 * The graph under load as production runs it (`pnpm bench:stack`): the gateway and the four subgraphs
 * as five processes on PostgreSQL with the demo data, one rep's token, side by side with the floor
 * (bench/support/floor-server.ts: one SQL statement and the same pure functions, same JSON).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench:stack
 *   options: --only flagship,list8,list50,light,retrain  --seconds 20  --warmup 5  --database bench_stack
 *            --log-level warn  --profile (writes .cpuprofile files of every process to .data/cpu-profiles)
 *
 * Phases: flagship `lead(id)` (LeadOutlook) at 50 clients; the same selection over `leads(first: 100)`
 * (WorkList) at 8 and 50 clients; the client's own work list (MyLeads: probabilities and actions only)
 * at 8 clients; the own-model `worklist(first: 100)` at 8 clients; the work list at 8 clients during an
 * organization retraining against without one.
 * Figures: requests/s, p50/p95 latency, and CPU ms per request of each process (/proc/<pid>/stat).
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { signToken } from "@revgraph/auth";
import { REPO_ROOT } from "@revgraph/config";
import { runLoad, postGraphql, type LoadResult, type LoadSpec } from "./support/load";
import { machineSummary } from "./support/machine";
import { cpuPerRequest, cpuSnapshot, freshDemoDatabase, PROFILE_DIR, startFloor, startStackProcesses, stopAll, type Child } from "./support/stack-processes";
import { seconds } from "./support/stats";

const OUTLOOK_FIELDS = `id name status score
  prediction { probability confidence personalized factors { name contribution } reasoning }
  nextAction { action priority reasoning }
  profile { temperature engagementScore intentScore }
  account { name healthScore }`;
export const LEAD_OUTLOOK = `query LeadOutlook($id: ID!) { lead(id: $id) { ${OUTLOOK_FIELDS} } }`;
export const WORK_LIST = `query WorkList($first: Int!) { leads(first: $first, filter: { mine: true }) { nodes { ${OUTLOOK_FIELDS} } } }`;
const MY_LEADS = fs.readFileSync(path.join(REPO_ROOT, "client/operations/lead-list.graphql"), "utf8");
const WORKLIST = fs.readFileSync(path.join(REPO_ROOT, "client/operations/worklist.graphql"), "utf8");
const RETRAIN_ALL = `mutation RetrainAll { retrainScoringModels(scope: ORGANIZATION) { job { id status } errors { code message } } }`;
const JOB = `query Job($id: ID!) { job(id: $id) { id status progress { total done failed } lastError } }`;

export const JWT_SECRET = "bench-stack-secret-bench-stack-secret-0123456789";
export const ORG = "org-acme-realty";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

export interface Bench {
  children: Child[];
  gateway: Child;
  floor: Child;
  rep: string;
  manager: string;
  leadIds: string[];
}

/** Fresh database, five processes and the floor, the reps' models trained, caches warm, the JSON of both checked equal. */
export async function setUpBench(options: { adminUrl: string; database: string; logLevel: string; nodeFlags?: string[] }): Promise<Bench> {
  let t = Date.now();
  const databaseUrl = await freshDemoDatabase(options.adminUrl, options.database);
  console.log(`fresh database ${options.database} with the demo data: ${seconds(Date.now() - t)}`);
  const env = { databaseUrl, jwtSecret: JWT_SECRET, basePort: 4600, logLevel: options.logLevel, nodeFlags: options.nodeFlags };
  t = Date.now();
  const children = await startStackProcesses(env);
  const floor = await startFloor(env);
  children.push(floor);
  const gateway = children.find((c) => c.name === "gateway")!;
  console.log(`five processes and the floor ready: ${seconds(Date.now() - t)} (pids ${children.map((c) => `${c.name} ${c.pid}`).join(", ")})`);
  const rep = await signToken(JWT_SECRET, { userId: "rep-alice", organizationId: ORG, role: "rep", email: "alice@acme-realty.example" });
  const manager = await signToken(JWT_SECRET, { userId: "manager-oscar", organizationId: ORG, role: "manager", email: "oscar@acme-realty.example" });

  t = Date.now();
  const job = await retrain(gateway.url, manager);
  await waitForJob(gateway.url, manager, job, 10 * 60_000);
  console.log(`initial organization training: ${seconds(Date.now() - t)}`);

  const list = (await postGraphql(gateway.url, rep, "WorkList", WORK_LIST, { first: 100 })) as { data: { leads: { nodes: { id: string }[] } } };
  const leadIds = list.data.leads.nodes.map((n) => n.id);
  for (const id of leadIds) await postGraphql(gateway.url, rep, "LeadOutlook", LEAD_OUTLOOK, { id });
  await assertSameJson(gateway.url, floor.url, rep, leadIds);
  console.log(`caches warm; gateway and floor return the same JSON for ${leadIds.length} leads and the work list`);
  return { children, gateway, floor, rep, manager, leadIds };
}

async function assertSameJson(gatewayUrl: string, floorUrl: string, token: string, leadIds: string[]): Promise<void> {
  const workList = await Promise.all([gatewayUrl, floorUrl].map((url) => postGraphql(url, token, "WorkList", WORK_LIST, { first: 100 })));
  assert.deepStrictEqual(workList[1], workList[0], "the floor's work list differs from the gateway's");
  for (const id of leadIds.slice(0, 20)) {
    const one = await Promise.all([gatewayUrl, floorUrl].map((url) => postGraphql(url, token, "LeadOutlook", LEAD_OUTLOOK, { id })));
    assert.deepStrictEqual(one[1], one[0], `the floor's LeadOutlook differs from the gateway's for lead ${id}`);
  }
}

export async function retrain(gatewayUrl: string, manager: string): Promise<string> {
  const answer = (await postGraphql(gatewayUrl, manager, "RetrainAll", RETRAIN_ALL, {})) as { data?: { retrainScoringModels: { job: { id: string } | null; errors: unknown[] } } };
  const job = answer.data?.retrainScoringModels.job;
  if (!job) throw new Error(`retrainScoringModels failed: ${JSON.stringify(answer)}`);
  return job.id;
}

export async function jobStatus(gatewayUrl: string, manager: string, id: string): Promise<string> {
  const answer = (await postGraphql(gatewayUrl, manager, "Job", JOB, { id })) as { data: { job: { status: string; lastError: string | null } } };
  return answer.data.job.status;
}

export async function waitForJob(gatewayUrl: string, manager: string, id: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await jobStatus(gatewayUrl, manager, id);
    if (status === "SUCCEEDED") return;
    if (status !== "QUEUED" && status !== "RUNNING") throw new Error(`job ${id} ended ${status}`);
    if (Date.now() > deadline) throw new Error(`job ${id} still ${status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export interface Measured extends LoadResult {
  target: string;
  cpu: Record<string, number>;
}

/** A warm-up run, then the measured run with every process's CPU read before and after. */
export async function measure(bench: Bench, target: Child, spec: Omit<LoadSpec, "url" | "token">, warmupSeconds: number): Promise<Measured> {
  const base = { ...spec, url: target.url, token: bench.rep };
  if (warmupSeconds > 0) await runLoad({ ...base, seconds: warmupSeconds });
  const before = cpuSnapshot(bench.children);
  const result = await runLoad(base);
  const cpu = cpuPerRequest(before, cpuSnapshot(bench.children), result.requests);
  if (result.errors) console.warn(`  ${result.errors} errors; first: ${result.firstError}`);
  return { ...result, target: target.name, cpu };
}

const PROCESS_COLUMNS = ["gateway", "sales", "scoring", "personalization", "customer-success", "floor"];

export function row(label: string, m: Measured): string {
  const cpu = PROCESS_COLUMNS.map((name) => (Number.isFinite(m.cpu[name]) ? m.cpu[name]!.toFixed(2) : "-")).join(" | ");
  return `| ${label} | ${m.target} | ${m.rps.toFixed(1)} | ${m.p50.toFixed(0)} | ${m.p95.toFixed(0)} | ${m.errors} | ${cpu} |`;
}

export const TABLE_HEAD = [
  `| phase | server | req/s | p50 ms | p95 ms | errors | CPU ms/req: ${PROCESS_COLUMNS.join(" | ")} |`,
  `| --- | --- | --- | --- | --- | --- | ${PROCESS_COLUMNS.map(() => "---").join(" | ")} |`,
].join("\n");

async function main(): Promise<void> {
  const only = option("only", "flagship,list8,list50,light,worklist,retrain").split(",");
  const secs = Number(option("seconds", "20"));
  const warmup = Number(option("warmup", "5"));
  const adminUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const profile = process.argv.includes("--profile");
  if (profile) fs.mkdirSync(PROFILE_DIR, { recursive: true });
  console.log(
    `# Stack benchmark: five processes on PostgreSQL, side by side with the floor\n${machineSummary().replace(/database .*/, `database PostgreSQL ${new URL(adminUrl).host} (fresh database)`)}\n`,
  );
  const started = Date.now();
  const bench = await setUpBench({
    adminUrl,
    database: option("database", "bench_stack"),
    logLevel: option("log-level", "warn"),
    nodeFlags: profile ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [],
  });
  const rows: string[] = [];
  const report = (label: string, m: Measured) => {
    rows.push(row(label, m));
    console.log(
      `${label} via ${m.target}: ${m.requests} requests, ${m.rps.toFixed(1)} req/s, p50 ${m.p50.toFixed(0)} ms, p95 ${m.p95.toFixed(0)} ms, ${m.errors} errors; CPU ms/req ${JSON.stringify(Object.fromEntries(Object.entries(m.cpu).map(([k, v]) => [k, Number(v.toFixed(2))])))}`,
    );
  };
  try {
    const outlook = { operationName: "LeadOutlook", query: LEAD_OUTLOOK, variables: bench.leadIds.map((id) => ({ id })), seconds: secs };
    const workList = { operationName: "WorkList", query: WORK_LIST, variables: [{ first: 100 }], seconds: secs };
    for (const target of [bench.gateway, bench.floor]) {
      if (only.includes("flagship")) report("flagship lead(id), 50 clients", await measure(bench, target, { ...outlook, clients: 50 }, warmup));
      if (only.includes("list8")) report("work list leads(first: 100), 8 clients", await measure(bench, target, { ...workList, clients: 8 }, warmup));
      if (only.includes("list50")) report("work list leads(first: 100), 50 clients", await measure(bench, target, { ...workList, clients: 50 }, warmup));
    }
    if (only.includes("light")) {
      const light = { operationName: "MyLeads", query: MY_LEADS, variables: [{ first: 100 }], seconds: secs, clients: 8 };
      report("client's MyLeads (probabilities, actions), 8 clients", await measure(bench, bench.gateway, light, warmup));
    }
    if (only.includes("worklist")) {
      // The rep's own-model work list (100 rows); the first request refreshes the rep's stored predictions, warm-up absorbs it.
      const ordered = { operationName: "Worklist", query: WORKLIST, variables: [{ first: 100 }], seconds: secs, clients: 8 };
      report("worklist(first: 100) in the rep's own model's order, 8 clients", await measure(bench, bench.gateway, ordered, warmup));
    }
    if (only.includes("retrain")) {
      const spec = { ...workList, clients: 8 };
      report("work list, 8 clients, no retraining", await measure(bench, bench.gateway, spec, warmup));
      const job = await retrain(bench.gateway.url, bench.manager);
      const t = Date.now();
      while ((await jobStatus(bench.gateway.url, bench.manager, job)) === "QUEUED") await new Promise((r) => setTimeout(r, 100));
      const during = await measure(bench, bench.gateway, spec, 0);
      const stillRunning = (await jobStatus(bench.gateway.url, bench.manager, job)) === "RUNNING";
      report(`work list, 8 clients, during an organization retraining${stillRunning ? "" : " (ENDED before the window did)"}`, during);
      await waitForJob(bench.gateway.url, bench.manager, job, 10 * 60_000);
      console.log(`  the retraining took ${seconds(Date.now() - t)} from its start`);
    }
  } finally {
    await stopAll(bench.children);
  }
  console.log(`\n${TABLE_HEAD}\n${rows.join("\n")}\n\ndone in ${seconds(Date.now() - started, 0)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
