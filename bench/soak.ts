/**
 * Soak (`pnpm bench:soak`): the work list at a fixed rate through the five processes on PostgreSQL,
 * first a warm-up at that load, then ten minutes in 30-second windows with an organization retraining
 * started halfway: p95 per window, errors, CPU per request, and the RSS of every process over time.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench:soak --rate search --minutes 10
 *   options: --rate N|search (work-list requests/s; `search` first finds the highest rate that holds the goal)
 *            --search-rates 1,2,3,4,5,6,8,10  --step 30 (seconds per rate, through the floor and then the gateway)
 *            --clients 8  --minutes 10  --window 30  --warmup 120 (seconds at load)
 *            --warmup-retrain yes|no (an organization retraining at the start of the warm-up; default yes)
 *            --database bench_soak  --port 4600
 *
 * The search (issue 7: "the highest rate this machine holds with p95 under the goal"): rate by rate,
 * one step through the floor and one through the gateway; a rate holds the goal when the gateway
 * serves it (at least 95% of the asked requests/s) without errors and its p95 is at most twice the
 * floor's at the same rate (the work list's goal). While no rate does, the soak runs at the highest
 * rate the stack keeps up with: served, without errors, p95 at most twice its p95 at the lowest rate.
 * The search stops at the first rate the stack does not keep up with.
 *
 * RSS is sampled every 2 s. The baseline of each process is the median of its samples over the last
 * two warm-up windows, after a retraining and a few minutes at load (caches filled, code compiled,
 * pools grown), not one reading: a single reading lands anywhere in a garbage-collection cycle, which
 * moves the gateway's RSS by ±20%, and one window can still catch a collection's low (sales once
 * read 163 MiB in the baseline window against 177–188 MiB in the windows around it). It is judged
 * against the median of the last two windows' samples. Passes when there are no errors and every
 * process ends within 10% of its baseline. A leak still fails it: the medians move with the heap's
 * floor, and the slope over the second half is printed beside them.
 * The processes each one starts (scoring's training process per retraining) are sampled too and
 * their peak printed, not judged: they end with their work.
 */
import { runLoad, type LoadResult, type LoadSpec } from "./support/load";
import { machineSummary } from "./support/machine";
import { cpuPerRequest, cpuSnapshot, descendantsRssMiB, rssMiB, stopAll, type Child } from "./support/stack-processes";
import { median, seconds } from "./support/stats";
import { jobStatus, retrain, setUpBench, WORK_LIST, type Bench } from "./stack";
import { option } from "./support/options";

const SAMPLE_MS = 2000;

/** One window at load, with every process's RSS (and its child processes') sampled throughout and its CPU per request. */
interface Window {
  result: LoadResult;
  rss: Map<string, number[]>;
  descendants: Map<string, number[]>;
  cpu: Record<string, number>;
}

async function window(servers: Child[], load: () => Promise<LoadResult>): Promise<Window> {
  const rss = new Map(servers.map((c) => [c.name, [] as number[]]));
  const descendants = new Map(servers.map((c) => [c.name, [] as number[]]));
  const sample = () => {
    for (const c of servers) {
      rss.get(c.name)!.push(rssMiB(c.pid));
      descendants.get(c.name)!.push(descendantsRssMiB(c.pid));
    }
  };
  const before = cpuSnapshot(servers);
  const timer = setInterval(sample, SAMPLE_MS);
  try {
    const result = await load();
    sample();
    return { result, rss, descendants, cpu: cpuPerRequest(before, cpuSnapshot(servers), result.requests) };
  } finally {
    clearInterval(timer);
  }
}

/** Least-squares slope of `ys` against their index, times `perStep` (MiB per minute when steps are windows). */
function slope(ys: number[], perStep: number): number {
  const n = ys.length;
  if (n < 2) return Number.NaN;
  const mx = (n - 1) / 2;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  });
  return (num / den) * perStep;
}

/** Median of every RSS sample of one process over some windows. */
function rssMedian(windows: Window[], name: string): number {
  return median(windows.flatMap((w) => w.rss.get(name)!));
}

/** The windows the RSS baseline and the final reading are taken over. */
const RSS_WINDOWS = 2;

const percent = (x: number) => `${x >= 0 ? "+" : ""}${(100 * x).toFixed(1)}%`;

/**
 * The rate to soak at: the highest at which the gateway holds the work list's goal (p95 at most
 * twice the floor's at the same rate), every request answered and the rate served. When no rate
 * holds the goal, the highest the stack keeps up with instead: served, no errors, and p95 at most
 * twice its own at the lowest rate (past it, requests queue).
 */
async function searchRate(bench: Bench, base: Omit<LoadSpec, "url" | "rate" | "seconds">): Promise<number> {
  const rates = option("search-rates", "1,2,3,4,5,6,8,10").split(",").map(Number);
  const stepSeconds = Number(option("step", "30"));
  console.log(
    `Rate search (${stepSeconds} s per rate and server)\n\n| rate | floor p95 ms | gateway req/s | gateway p50 ms | gateway p95 ms | errors | p95 ÷ floor's | p95 ÷ at the lowest rate | holds the goal | keeps up |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`,
  );
  let unloadedP95: number | null = null;
  let goal: number | null = null;
  let keepsUp: number | null = null;
  for (const rate of rates) {
    const floor = await runLoad({ ...base, rate, seconds: stepSeconds, url: bench.floor.url });
    const gateway = await runLoad({ ...base, rate, seconds: stepSeconds, url: bench.gateway.url });
    unloadedP95 ??= gateway.p95;
    const served = gateway.errors === 0 && gateway.rps >= 0.95 * rate;
    const holdsGoal = served && gateway.p95 <= 2 * floor.p95;
    const holdsLoad = served && gateway.p95 <= 2 * unloadedP95;
    console.log(
      `| ${rate} | ${floor.p95.toFixed(0)} | ${gateway.rps.toFixed(1)} | ${gateway.p50.toFixed(0)} | ${gateway.p95.toFixed(0)} | ${gateway.errors} | ${(gateway.p95 / floor.p95).toFixed(2)} | ${(gateway.p95 / unloadedP95).toFixed(2)} | ${holdsGoal ? "yes" : "no"} | ${holdsLoad ? "yes" : "no"} |`,
    );
    if (holdsGoal) goal = rate;
    if (!holdsLoad) break;
    keepsUp = rate;
  }
  const rate = goal ?? keepsUp ?? rates[0]!;
  console.log(
    goal !== null
      ? `\nsoaking at ${rate} req/s, the highest rate that held the goal\n`
      : `\nno rate held the goal (p95 at most twice the floor's); soaking at ${rate} req/s, the highest the stack kept up with\n`,
  );
  return rate;
}

async function main(): Promise<void> {
  const rateOption = option("rate", "search");
  const clients = Number(option("clients", "8"));
  const windowSeconds = Number(option("window", "30"));
  const windows = Math.round((Number(option("minutes", "10")) * 60) / windowSeconds);
  const warmupWindows = Math.max(1, Math.round(Number(option("warmup", "120")) / windowSeconds));
  const warmupRetrain = option("warmup-retrain", "yes") !== "no";
  const adminUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  console.log(
    `# Soak: work list at ${rateOption === "search" ? "the highest rate that holds the goal" : `${rateOption} req/s`}, ${clients} clients, ${warmupWindows} warm-up + ${windows} × ${windowSeconds} s\n${machineSummary().replace(/database .*/, `database PostgreSQL ${new URL(adminUrl).host} (fresh database)`)}\n`,
  );
  const bench = await setUpBench({ adminUrl, database: option("database", "bench_soak"), basePort: Number(option("port", "4600")), logLevel: "warn" });
  const servers = bench.children.filter((c) => c.name !== "floor");
  const base = { operationName: "WorkList", query: WORK_LIST, variables: [{ first: 100 }], clients, seconds: windowSeconds, token: bench.rep };
  let failed = false;
  try {
    const rate = rateOption === "search" ? await searchRate(bench, base) : Number(rateOption);
    const spec = { ...base, rate };
    const atLoad = () => window(servers, () => runLoad({ ...spec, url: bench.gateway.url }));
    const rssColumns = (w: Window, baseline?: Map<string, number>) =>
      servers.map((c) => {
        const mib = median(w.rss.get(c.name)!);
        return baseline ? `${mib.toFixed(0)} (${percent(mib / baseline.get(c.name)! - 1)})` : mib.toFixed(0);
      });
    const totalCpu = (w: Window) => servers.reduce((sum, c) => sum + (w.cpu[c.name] ?? 0), 0);
    const floor = await runLoad({ ...spec, url: bench.floor.url });
    console.log(`floor at the same rate, one window: p50 ${floor.p50.toFixed(0)} ms, p95 ${floor.p95.toFixed(0)} ms, ${floor.errors} errors\n`);

    const head = `| window | req/s | p50 ms | p95 ms | errors | CPU ms/req, five processes | retraining | ${servers.map((c) => `${c.name} RSS MiB`).join(" | ")} |`;
    const rule = `| --- | --- | --- | --- | --- | --- | --- | ${servers.map(() => "---").join(" | ")} |`;
    console.log(`Warm-up at load (RSS: median of the window's samples)\n\n${head}\n${rule}`);
    const warm: Window[] = [];
    let errors = 0;
    // A retraining during the warm-up: the baseline is a process that has trained once (whatever
    // storing the models grew), so the second one below shows growth, not that step.
    const warmJob = warmupRetrain ? await retrain(bench.gateway.url, bench.manager) : null;
    for (let w = 0; w < warmupWindows; w++) {
      const win = await atLoad();
      warm.push(win);
      errors += win.result.errors;
      const r = win.result;
      const status = warmJob ? await jobStatus(bench.gateway.url, bench.manager, warmJob) : "-";
      console.log(
        `| warm-up ${w + 1} | ${r.rps.toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.errors} | ${totalCpu(win).toFixed(1)} | ${status} | ${rssColumns(win).join(" | ")} |`,
      );
    }
    const baseline = new Map(servers.map((c) => [c.name, rssMedian(warm.slice(-RSS_WINDOWS), c.name)]));
    console.log(
      `\nbaseline RSS (median of the samples over the last ${Math.min(RSS_WINDOWS, warm.length)} warm-up windows, MiB): ${[...baseline].map(([n, v]) => `${n} ${v.toFixed(0)}`).join(", ")}\n`,
    );

    console.log(`${head}\n${rule}`);
    let job: string | null = null;
    let requests = 0;
    const measured: Window[] = [];
    const cpuTotals = new Map(servers.map((c) => [c.name, 0]));
    const started = Date.now();
    for (let w = 0; w < windows; w++) {
      if (w === Math.floor(windows / 2)) job = await retrain(bench.gateway.url, bench.manager);
      const win = await atLoad();
      const status = job ? await jobStatus(bench.gateway.url, bench.manager, job) : "-";
      measured.push(win);
      const r = win.result;
      errors += r.errors;
      requests += r.requests;
      for (const c of servers) cpuTotals.set(c.name, cpuTotals.get(c.name)! + (win.cpu[c.name] ?? 0) * r.requests);
      console.log(
        `| ${w + 1} | ${r.rps.toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.errors} | ${totalCpu(win).toFixed(1)} | ${status} | ${rssColumns(win, baseline).join(" | ")} |`,
      );
      if (r.firstError) console.warn(`  first error: ${r.firstError}`);
    }

    const final = new Map(servers.map((c) => [c.name, rssMedian(measured.slice(-RSS_WINDOWS), c.name) / baseline.get(c.name)! - 1]));
    const peak = new Map(servers.map((c) => [c.name, Math.max(...measured.flatMap((m) => m.rss.get(c.name)!))]));
    const descendantsPeak = new Map(servers.map((c) => [c.name, Math.max(...measured.flatMap((m) => m.descendants.get(c.name)!))]));
    const secondHalf = measured.slice(Math.floor(windows / 2));
    const trend = new Map(
      servers.map((c) => [
        c.name,
        slope(
          secondHalf.map((m) => median(m.rss.get(c.name)!)),
          60 / windowSeconds,
        ),
      ]),
    );
    const outside = [...final].filter(([, drift]) => Math.abs(drift) > 0.1);
    const p95s = measured.map((m) => m.result.p95).sort((a, b) => a - b);
    console.log(
      `\n${requests} requests in ${seconds(Date.now() - started, 0)}, ${errors} errors (warm-up included); window p95 median ${median(p95s).toFixed(0)} ms, worst ${p95s[p95s.length - 1]!.toFixed(0)} ms` +
        `\nCPU ms per request over the ${windows} windows: ${servers.map((c) => `${c.name} ${(cpuTotals.get(c.name)! / requests).toFixed(2)}`).join(", ")}` +
        `\nRSS, median of the last ${RSS_WINDOWS} windows' samples against the baseline: ${[...final].map(([n, d]) => `${n} ${percent(d)}`).join(", ")}` +
        `\nRSS peak in any sample (MiB): ${[...peak].map(([n, v]) => `${n} ${v.toFixed(0)}`).join(", ")}` +
        `\nRSS peak of the processes each one started, together (scoring's training process, the TypeScript loader's esbuild; MiB): ${[...descendantsPeak].map(([n, v]) => `${n} ${v.toFixed(0)}`).join(", ")}` +
        `\nRSS trend over the second half (MiB per minute, window medians): ${[...trend].map(([n, v]) => `${n} ${v >= 0 ? "+" : ""}${v.toFixed(1)}`).join(", ")}`,
    );
    failed = errors > 0 || outside.length > 0;
    console.log(
      failed ? `FAILED: ${errors} errors; outside 10%: ${outside.map(([n]) => n).join(", ") || "none"}` : "passed: zero errors, every process within 10% of its RSS after warm-up",
    );
  } finally {
    await stopAll(bench.children);
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
