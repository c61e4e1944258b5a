// Worker thread of the latency benchmark: `concurrency` clients post the same GraphQL query (one page each, round robin) for a fixed time.
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";

export interface LoadJob {
  url: string;
  token: string;
  query: string;
  /** Variables of each request, cycled through (e.g. one per page). */
  variables: Record<string, unknown>[];
  concurrency: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  latenciesMs: number[];
  errors: string[];
  elapsedMs: number;
}

async function post(job: LoadJob, variables: Record<string, unknown>): Promise<string | null> {
  const response = await fetch(job.url, {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true", authorization: `Bearer ${job.token}` },
    body: JSON.stringify({ query: job.query, variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (response.status !== 200 || body.errors?.length) return `${response.status} ${JSON.stringify(body.errors ?? "").slice(0, 300)}`;
  return null;
}

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  const errors: string[] = [];
  const start = performance.now();
  const measureFrom = start + job.warmupMs;
  const end = measureFrom + job.durationMs;
  let next = 0;
  const client = async () => {
    while (performance.now() < end) {
      const variables = job.variables[next % job.variables.length];
      next += 1;
      const t0 = performance.now();
      const error = await post(job, variables).catch((e: Error) => `${e.message} ${(e.cause as Error | undefined)?.message ?? ""}`);
      const t1 = performance.now();
      if (t0 >= measureFrom && t1 <= end) {
        if (error) errors.push(error);
        else latenciesMs.push(t1 - t0);
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, client));
  return { latenciesMs, errors, elapsedMs: job.durationMs };
}

if (parentPort && workerData) {
  const result = await runLoad(workerData as LoadJob);
  parentPort.postMessage(result);
}
