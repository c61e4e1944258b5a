// Speed (b): retrain 100 reps × 500 closed leads (50,000 closed leads in one organization).
import type { TestStack, TestUser } from "@revgraph/testkit";
import { insertLeads } from "../support/direct-insert";
import { generateLeads } from "../support/synthetic-leads";
import { seconds, settle, timed } from "../support/stats";
import type { Figure } from "./figure";
import { RETRAIN } from "./retrain-one-rep";

export const RETRAIN_ALL = `mutation RetrainAll {
  retrainScoringModels(scope: ORGANIZATION) { job { id status progress { total done failed } } errors { code message } }
}`;

const JOB = `query Job($id: ID!) { job(id: $id) { id status progress { total done failed } lastError } }`;

export interface JobView {
  id: string;
  status: string;
  progress: { total: number; done: number; failed: number } | null;
  lastError?: string | null;
}

/** Whether the gateway's schema has the organization-wide retraining job API. */
export async function hasRetrainJobApi(client: TestUser["client"]): Promise<boolean> {
  const r = await client.raw<{ __schema: { mutationType: { fields: { name: string }[] }; queryType: { fields: { name: string }[] } } }>(
    "{ __schema { mutationType { fields { name } } queryType { fields { name } } } }",
  );
  const s = r.data?.__schema;
  if (!s) return false;
  return s.mutationType.fields.some((f) => f.name === "retrainScoringModels") && s.queryType.fields.some((f) => f.name === "job");
}

export interface OrgSetup {
  reps: TestUser[];
  manager: TestUser;
  leadsPerRep: number;
}

export async function setupOrganization(stack: TestStack, repCount: number, leadsPerRep: number): Promise<OrgSetup> {
  const org = await stack.createOrg();
  const reps: TestUser[] = [];
  for (let i = 0; i < repCount; i++) reps.push(await org.user("rep", `rep-${String(i).padStart(3, "0")}`));
  const manager = await org.user("manager", "manager-1");
  const leads = generateLeads({ count: repCount * leadsPerRep, seed: 42, now: new Date(), closed: true, activities: [2, 8], assignees: reps.map((r) => r.id), prefix: "org" });
  const t = await timed(() => insertLeads(stack.database.db, org.id, leads));
  console.log(
    `  setup: ${leads.length} closed leads + conversions, ${leads.reduce((s, l) => s + l.activities.length, 0)} activities inserted directly in ${seconds(t.ms)} (not timed)`,
  );
  return { reps, manager, leadsPerRep };
}

/** Poll failures (the job blocks this process's event loop while it trains) are counted and reported, not hidden. */
export const pollFailures: string[] = [];

export async function pollJob(client: TestUser["client"], id: string, timeoutMs: number): Promise<JobView> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  for (;;) {
    const polled = await client.query<{ job: JobView | null }>(JOB, { id }).catch((e: Error) => {
      pollFailures.push(e.message.replace(/\s+/g, " ").slice(0, 300));
      console.log(`    poll failed: ${pollFailures[pollFailures.length - 1]}`);
      return null;
    });
    if (!polled) {
      await settle(250);
      continue;
    }
    const { job } = polled;
    if (!job) throw new Error(`job(${id}) returned null`);
    const line = `${job.status} ${job.progress ? `${job.progress.done}/${job.progress.total} (failed ${job.progress.failed})` : ""}`;
    if (line !== last) {
      console.log(`    job ${line}`);
      last = line;
    }
    if (job.status === "SUCCEEDED" || job.status === "FAILED") return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job.status} after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function benchRetrainOrganization(stack: TestStack, setup: OrgSetup, options: { sequentialReps: number; jobApi: boolean }): Promise<Figure[]> {
  const figures: Figure[] = [];
  const n = setup.reps.length;
  if (options.jobApi) {
    const t = await timed(async () => {
      const { retrainScoringModels: p } = await setup.manager.client.query<{ retrainScoringModels: { job: JobView | null; errors: unknown[] } }>(RETRAIN_ALL);
      if (p.errors.length || !p.job) throw new Error(`retrainScoringModels failed: ${JSON.stringify(p.errors)}`);
      return pollJob(setup.manager.client, p.job.id, 30 * 60 * 1000);
    });
    const job = t.value;
    if (job.status !== "SUCCEEDED") throw new Error(`retraining job ended ${job.status}: ${job.lastError}`);
    console.log(`  retrainScoringModels job: ${job.progress?.done}/${job.progress?.total} reps, failed ${job.progress?.failed}, ${seconds(t.ms)}`);
    figures.push({
      name: "b",
      what: `retrainScoringModels(ORGANIZATION) job, ${job.progress?.total} reps × ${setup.leadsPerRep} closed leads, enqueue → SUCCEEDED`,
      median: t.ms,
      runs: 1,
      target: "< 30 s",
      targetMs: 30_000,
    });
  }
  const sample = setup.reps.slice(0, options.sequentialReps);
  if (sample.length > 0) {
    const each: number[] = [];
    for (const rep of sample) {
      const r = await timed(() => rep.client.query<{ retrainScoringModel: { errors: unknown[] } }>(RETRAIN));
      if (r.value.retrainScoringModel.errors.length) throw new Error(`retrainScoringModel (${rep.id}) failed: ${JSON.stringify(r.value.retrainScoringModel.errors)}`);
      each.push(r.ms);
      await settle();
    }
    // The sum of the calls' own times (the pauses between calls are not counted).
    const t = { ms: each.reduce((a, b) => a + b, 0) };
    console.log(`  sequential retrainScoringModel: ${sample.length} calls in ${seconds(t.ms)}; per call ${each.map((m) => (m / 1000).toFixed(1)).join(", ")} s`);
    const all = sample.length === n;
    figures.push({
      name: "b",
      what: all
        ? `${n} sequential retrainScoringModel calls (each rep's token)`
        : `${n} sequential retrainScoringModel calls, extrapolated from ${sample.length} (${formatSeconds(t.ms / sample.length)} each)`,
      median: all ? t.ms : (t.ms / sample.length) * n,
      runs: 1,
      target: options.jobApi ? "" : "< 30 s",
      targetMs: options.jobApi ? null : 30_000,
    });
  }
  return figures;
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
