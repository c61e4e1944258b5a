// Speed (e): the work list's latency while an organization retraining runs in the same process, beside its latency without one (issue 7: p95 during at most 1.2× p95 without).
import type { LoadJob, LoadResult } from "../support/load-worker";
import { runLoad } from "../support/load-worker";
import { quantile, seconds } from "../support/stats";
import type { Figure } from "./figure";
import { addOpenLeads, inWorker, walkWorkList, WORK_LIST } from "./query-latency";
import { pollJob, RETRAIN_ALL, type JobView, type OrgSetup } from "./retrain-organization";

const JOB = `query Job($id: ID!) { job(id: $id) { id status progress { total done failed } lastError } }`;

function summary(result: LoadResult) {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  return { sorted, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted[sorted.length - 1] ?? NaN, errors: result.errors.length };
}

export async function benchWorkListDuringRetrain(
  gatewayUrl: string,
  setup: OrgSetup,
  options: { concurrency: number; seconds: number; openLeads: number; inProcess: boolean },
): Promise<Figure[]> {
  const rep = setup.reps[0]!;
  await addOpenLeads(rep, options.openLeads);
  const { cursors } = await walkWorkList(rep);
  const job: LoadJob = {
    url: gatewayUrl,
    token: rep.token,
    query: WORK_LIST,
    variables: cursors.map((after) => ({ after })),
    concurrency: options.concurrency,
    warmupMs: 2000,
    durationMs: options.seconds * 1000,
  };
  const run = (j: LoadJob) => (options.inProcess ? runLoad(j) : inWorker(j));
  const idle = summary(await run(job));
  console.log(
    `  without a retraining: ${idle.sorted.length} requests, ${idle.errors} errors; p50 ${idle.p50.toFixed(0)} ms, p95 ${idle.p95.toFixed(0)} ms, max ${idle.max.toFixed(0)} ms`,
  );

  const { retrainScoringModels: queued } = await setup.manager.client.query<{ retrainScoringModels: { job: JobView | null; errors: unknown[] } }>(RETRAIN_ALL);
  if (!queued.job) throw new Error(`retrainScoringModels failed: ${JSON.stringify(queued.errors)}`);
  const jobId = queued.job.id;
  const started = Date.now();
  for (;;) {
    const { job: polled } = await setup.manager.client.query<{ job: JobView }>(JOB, { id: jobId });
    if (polled.status === "RUNNING") break;
    if (polled.status !== "QUEUED") throw new Error(`retraining job ended ${polled.status} before the load started`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const during = summary(await run({ ...job, warmupMs: 0 }));
  const after = await setup.manager.client.query<{ job: JobView }>(JOB, { id: jobId });
  const covered = after.job.status === "RUNNING";
  const finished = await pollJob(setup.manager.client, jobId, 30 * 60 * 1000);
  const trainedMs = Date.now() - started;
  console.log(
    `  during the retraining (${finished.progress?.total} reps, ${finished.status} after ${seconds(trainedMs)}${covered ? "" : "; it ENDED before the load window did, so part of the window was idle"}): ` +
      `${during.sorted.length} requests, ${during.errors} errors; p50 ${during.p50.toFixed(0)} ms, p95 ${during.p95.toFixed(0)} ms, max ${during.max.toFixed(0)} ms`,
  );
  const base = `work list, ${options.concurrency} clients, ${options.seconds} s`;
  return [
    { name: "e", what: `${base}, no retraining: p95`, median: idle.p95, runs: idle.sorted.length, target: "", targetMs: null },
    { name: "e", what: `${base}, during an org retraining: p95`, median: during.p95, runs: during.sorted.length, target: "≤ 1.2× without", targetMs: 1.2 * idle.p95 },
    { name: "e", what: `${base}, during an org retraining: max`, median: during.max, runs: during.sorted.length, target: "", targetMs: null },
    { name: "e", what: `  the retraining (enqueue → ${finished.status})`, median: trainedMs, runs: 1, target: "", targetMs: null },
  ];
}
