// Speed (d): leads(first: 100) with prediction and nextAction through the gateway under concurrent clients.
import { Worker } from "node:worker_threads";
import type { TestUser } from "@revgraph/testkit";
import { runLoad, type LoadJob, type LoadResult } from "../support/load-worker";
import { generateLeads } from "../support/synthetic-leads";
import { median, quantile, seconds, timed } from "../support/stats";
import { createLeads, recordActivities } from "../support/api-import";
import type { Figure } from "./figure";

export const WORK_LIST = `query WorkList($after: String) {
  leads(first: 100, after: $after, filter: { status: [NEW, CONTACTED, QUALIFIED] }) {
    nodes { id name score prediction { probability } nextAction { action } }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface Page {
  leads: { nodes: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

/** Adds `count` open leads with 1-10 activities each to the rep's organization, through the API. */
export async function addOpenLeads(rep: TestUser, count: number): Promise<void> {
  const leads = generateLeads({ count, seed: 99, now: new Date(), closed: false, activities: [1, 10], assignees: [rep.id], prefix: "open" });
  const t = await timed(async () => {
    const ids = await createLeads(
      rep.client,
      leads.map((l) => ({ externalId: l.key, name: l.name, email: l.email, source: l.source, assignedToId: l.assignedToId, createdAt: l.createdAt, attributes: l.attributes })),
    );
    await recordActivities(
      rep.client,
      leads.flatMap((l, i) => l.activities.map((a) => ({ leadId: ids[i], type: a.type, occurredAt: a.occurredAt }))),
    );
  });
  console.log(`  setup: ${count} open leads with activities through the API in ${seconds(t.ms)} (not timed)`);
}

/** Runs the load in a worker thread, so the clients do not share the event loop of the gateway and subgraphs. */
export function inWorker(job: LoadJob): Promise<LoadResult> {
  // tsx does not hook worker threads started by its CLI: the worker loads the TypeScript module through tsx's API.
  const boot = `const { workerData } = require("node:worker_threads");
import(workerData.tsxApi).then((api) => api.tsImport(workerData.module, workerData.module));`;
  const workerData = { ...job, tsxApi: import.meta.resolve("tsx/esm/api"), module: new URL("../support/load-worker.ts", import.meta.url).href };
  return new Promise((resolve, reject) => {
    const worker = new Worker(boot, { eval: true, workerData });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

/** Walks every page of the work list once, cold (the first read computes and caches each prediction); returns each page's cursor. */
export async function walkWorkList(rep: TestUser): Promise<{ cursors: (string | null)[]; cold: number[] }> {
  const cursors: (string | null)[] = [null];
  const cold: number[] = [];
  for (;;) {
    const t = await timed(() => rep.client.query<Page>(WORK_LIST, { after: cursors[cursors.length - 1] }));
    cold.push(t.ms);
    const { pageInfo, nodes } = t.value.leads;
    if (nodes.length < 100 || !pageInfo.hasNextPage || !pageInfo.endCursor) break;
    cursors.push(pageInfo.endCursor);
  }
  return { cursors, cold };
}

export async function benchQueryLatency(gatewayUrl: string, rep: TestUser, options: { concurrency: number; seconds: number; inProcess: boolean }): Promise<Figure[]> {
  const { cursors, cold } = await walkWorkList(rep);
  console.log(
    `  ${cursors.length} pages of 100 open leads; cold pass (predictions computed and cached): median ${cold.length ? median(cold).toFixed(0) : "-"} ms, max ${Math.max(...cold).toFixed(0)} ms`,
  );
  const job: LoadJob = {
    url: gatewayUrl,
    token: rep.token,
    query: WORK_LIST,
    variables: cursors.map((after) => ({ after })),
    concurrency: options.concurrency,
    warmupMs: 3000,
    durationMs: options.seconds * 1000,
  };
  const run = (j: LoadJob) => (options.inProcess ? runLoad(j) : inWorker(j));
  // One client first: the service time of a warm request without queueing behind others.
  const single = await run({ ...job, concurrency: 1, warmupMs: 1000, durationMs: 5000 });
  const singleSorted = [...single.latenciesMs].sort((a, b) => a - b);
  console.log(
    `  1 client × 5 s: ${singleSorted.length} requests, ${single.errors.length} errors; p50 ${quantile(singleSorted, 0.5).toFixed(0)} ms, p95 ${quantile(singleSorted, 0.95).toFixed(0)} ms`,
  );
  const result = await run(job);
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  const p = (q: number) => quantile(sorted, q);
  const rps = sorted.length / (result.elapsedMs / 1000);
  console.log(
    `  ${options.concurrency} clients × ${options.seconds} s (${options.inProcess ? "in the server's thread" : "load generator in a worker thread"}): ${sorted.length} requests, ${result.errors.length} errors, ${rps.toFixed(1)} req/s; p50 ${p(0.5).toFixed(0)} ms, p95 ${p(0.95).toFixed(0)} ms, p99 ${p(0.99).toFixed(0)} ms, max ${sorted[sorted.length - 1]?.toFixed(0)} ms`,
  );
  if (result.errors.length) console.log(`  first error: ${result.errors[0]}`);
  const base = `leads(first: 100) + prediction + nextAction, ${options.concurrency} concurrent clients, ${options.seconds} s warm`;
  return [
    { name: "d", what: `${base}: p50`, median: p(0.5), runs: sorted.length, target: "", targetMs: null },
    { name: "d", what: `${base}: p95`, median: p(0.95), runs: sorted.length, target: "p95 < 150 ms", targetMs: 150 },
    { name: "d", what: `${base}: p99`, median: p(0.99), runs: sorted.length, target: "", targetMs: null },
    { name: "d", what: `${base}: throughput`, median: rps, runs: sorted.length, target: "", targetMs: null, display: `${rps.toFixed(1)} req/s` },
    { name: "d", what: "  1 client, warm: p50", median: quantile(singleSorted, 0.5), runs: singleSorted.length, target: "", targetMs: null },
    { name: "d", what: "  1 client, warm: p95", median: quantile(singleSorted, 0.95), runs: singleSorted.length, target: "", targetMs: null },
    { name: "d", what: "  1 client, cold pages (predictions computed and cached): median", median: median(cold), runs: cold.length, target: "", targetMs: null },
  ];
}
