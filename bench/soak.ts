/**
 * Soak (`pnpm bench:soak`): the work list at a fixed rate through the five processes on PostgreSQL,
 * first a warm-up at that load, then ten minutes in 30-second windows with an organization retraining
 * started halfway: p95 per window, errors, CPU per request, and the RSS of every process over time.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench:soak --rate 4 --minutes 10
 *   options: --rate N (work-list requests/s)  --clients 8  --minutes 10  --window 30  --warmup 120 (seconds at load)
 *            --warmup-retrain yes|no (an organization retraining at the start of the warm-up; default yes)
 *            --database bench_soak  --port 4600
 *
 * RSS is sampled every 2 s. The baseline of each process is the median of its samples over the last
 * warm-up window, after a retraining and a few minutes at load (caches filled, code compiled, pools
 * grown), not one
 * reading: a single reading lands anywhere in a garbage-collection cycle, which moves the gateway's
 * RSS by ±20%. It is judged against the median of the last window's samples. Passes when there are no
 * errors and every process ends within 10% of its baseline. A leak still fails it: the medians of
 * both windows move with the heap's floor, and the slope over the second half is printed beside them.
 * The processes each one starts (scoring's training process per retraining) are sampled too and
 * their peak printed, not judged: they end with their work.
 */
import { runLoad, type LoadResult } from "./support/load";
import { machineSummary } from "./support/machine";
import { cpuPerRequest, cpuSnapshot, descendantsRssMiB, rssMiB, stopAll, type Child } from "./support/stack-processes";
import { median, seconds } from "./support/stats";
import { jobStatus, retrain, setUpBench, WORK_LIST } from "./stack";

const SAMPLE_MS = 2000;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

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

const percent = (x: number) => `${x >= 0 ? "+" : ""}${(100 * x).toFixed(1)}%`;

async function main(): Promise<void> {
  const rate = Number(option("rate", "4"));
  const clients = Number(option("clients", "8"));
  const windowSeconds = Number(option("window", "30"));
  const windows = Math.round((Number(option("minutes", "10")) * 60) / windowSeconds);
  const warmupWindows = Math.max(1, Math.round(Number(option("warmup", "120")) / windowSeconds));
  const warmupRetrain = option("warmup-retrain", "yes") !== "no";
  const adminUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  console.log(
    `# Soak: work list at ${rate} req/s, ${clients} clients, ${warmupWindows} warm-up + ${windows} × ${windowSeconds} s\n${machineSummary().replace(/database .*/, `database PostgreSQL ${new URL(adminUrl).host} (fresh database)`)}\n`,
  );
  const bench = await setUpBench({ adminUrl, database: option("database", "bench_soak"), basePort: Number(option("port", "4600")), logLevel: "warn" });
  const servers = bench.children.filter((c) => c.name !== "floor");
  const spec = { operationName: "WorkList", query: WORK_LIST, variables: [{ first: 100 }], clients, seconds: windowSeconds, rate, token: bench.rep };
  const atLoad = () => window(servers, () => runLoad({ ...spec, url: bench.gateway.url }));
  const rssColumns = (w: Window, baseline?: Map<string, number>) =>
    servers.map((c) => {
      const mib = median(w.rss.get(c.name)!);
      return baseline ? `${mib.toFixed(0)} (${percent(mib / baseline.get(c.name)! - 1)})` : mib.toFixed(0);
    });
  const totalCpu = (w: Window) => servers.reduce((sum, c) => sum + (w.cpu[c.name] ?? 0), 0);
  let failed = false;
  try {
    const floor = await runLoad({ ...spec, url: bench.floor.url });
    console.log(`floor at the same rate, one window: p50 ${floor.p50.toFixed(0)} ms, p95 ${floor.p95.toFixed(0)} ms, ${floor.errors} errors\n`);

    const head = `| window | req/s | p50 ms | p95 ms | errors | CPU ms/req, five processes | retraining | ${servers.map((c) => `${c.name} RSS MiB`).join(" | ")} |`;
    const rule = `| --- | --- | --- | --- | --- | --- | --- | ${servers.map(() => "---").join(" | ")} |`;
    console.log(`Warm-up at load (RSS: median of the window's samples)\n\n${head}\n${rule}`);
    let warm: Window | undefined;
    let errors = 0;
    // A retraining during the warm-up: the baseline is a process that has trained once (whatever
    // storing the models grew), so the second one below shows growth, not that step.
    const warmJob = warmupRetrain ? await retrain(bench.gateway.url, bench.manager) : null;
    for (let w = 0; w < warmupWindows; w++) {
      warm = await atLoad();
      errors += warm.result.errors;
      const r = warm.result;
      const status = warmJob ? await jobStatus(bench.gateway.url, bench.manager, warmJob) : "-";
      console.log(
        `| warm-up ${w + 1} | ${r.rps.toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.errors} | ${totalCpu(warm).toFixed(1)} | ${status} | ${rssColumns(warm).join(" | ")} |`,
      );
    }
    const baseline = new Map(servers.map((c) => [c.name, median(warm!.rss.get(c.name)!)]));
    console.log(`\nbaseline RSS (median over the last warm-up window, MiB): ${[...baseline].map(([n, v]) => `${n} ${v.toFixed(0)}`).join(", ")}\n`);

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

    const last = measured[measured.length - 1]!;
    const final = new Map(servers.map((c) => [c.name, median(last.rss.get(c.name)!) / baseline.get(c.name)! - 1]));
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
        `\nRSS, median of the last window against the baseline: ${[...final].map(([n, d]) => `${n} ${percent(d)}`).join(", ")}` +
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
