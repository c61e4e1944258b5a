/**
 * Soak (`pnpm bench:soak`): the work list at a fixed rate for ten minutes through the five processes
 * on PostgreSQL, an organization retraining started halfway, in 30-second windows: p95 per window,
 * errors, and the RSS of every process against its value after the warm-up window.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench:soak --rate 4 --minutes 10
 *   options: --rate N (work-list requests/s)  --clients 8  --minutes 10  --window 30  --database bench_soak
 *
 * Passes when there are no errors and every process ends within 10% of its RSS after warm-up.
 */
import { runLoad } from "./support/load";
import { machineSummary } from "./support/machine";
import { rssMiB, stopAll } from "./support/stack-processes";
import { seconds } from "./support/stats";
import { jobStatus, retrain, setUpBench, WORK_LIST } from "./stack";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

async function main(): Promise<void> {
  const rate = Number(option("rate", "4"));
  const clients = Number(option("clients", "8"));
  const windowSeconds = Number(option("window", "30"));
  const windows = Math.round((Number(option("minutes", "10")) * 60) / windowSeconds);
  const adminUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  console.log(
    `# Soak: work list at ${rate} req/s, ${clients} clients, ${windows} × ${windowSeconds} s\n${machineSummary().replace(/database .*/, `database PostgreSQL ${new URL(adminUrl).host} (fresh database)`)}\n`,
  );
  const bench = await setUpBench({ adminUrl, database: option("database", "bench_soak"), logLevel: "warn" });
  const servers = bench.children.filter((c) => c.name !== "floor");
  const spec = { operationName: "WorkList", query: WORK_LIST, variables: [{ first: 100 }], clients, seconds: windowSeconds, rate, token: bench.rep };
  let failed = false;
  try {
    const floor = await runLoad({ ...spec, url: bench.floor.url });
    console.log(`floor at the same rate, one window: p50 ${floor.p50.toFixed(0)} ms, p95 ${floor.p95.toFixed(0)} ms, ${floor.errors} errors\n`);
    const warm = await runLoad({ ...spec, url: bench.gateway.url });
    const baseline = new Map(servers.map((c) => [c.name, rssMiB(c.pid)]));
    console.log(`warm-up window: p95 ${warm.p95.toFixed(0)} ms; RSS after it (MiB): ${[...baseline].map(([n, v]) => `${n} ${v.toFixed(0)}`).join(", ")}\n`);
    console.log(`| window | req/s | p50 ms | p95 ms | errors | retraining | ${servers.map((c) => `${c.name} RSS`).join(" | ")} |`);
    console.log(`| --- | --- | --- | --- | --- | --- | ${servers.map(() => "---").join(" | ")} |`);
    let job: string | null = null;
    let errors = 0;
    let requests = 0;
    const maxDrift = new Map(servers.map((c) => [c.name, 0]));
    const p95s: number[] = [];
    const started = Date.now();
    for (let w = 0; w < windows; w++) {
      if (w === Math.floor(windows / 2)) job = await retrain(bench.gateway.url, bench.manager);
      const result = await runLoad({ ...spec, url: bench.gateway.url });
      const status = job ? await jobStatus(bench.gateway.url, bench.manager, job) : "-";
      errors += result.errors;
      requests += result.requests;
      p95s.push(result.p95);
      const rss = servers.map((c) => {
        const mib = rssMiB(c.pid);
        const drift = mib / baseline.get(c.name)! - 1;
        if (Math.abs(drift) > Math.abs(maxDrift.get(c.name)!)) maxDrift.set(c.name, drift);
        return `${mib.toFixed(0)} (${drift >= 0 ? "+" : ""}${(100 * drift).toFixed(1)}%)`;
      });
      console.log(`| ${w + 1} | ${result.rps.toFixed(1)} | ${result.p50.toFixed(0)} | ${result.p95.toFixed(0)} | ${result.errors} | ${status} | ${rss.join(" | ")} |`);
      if (result.firstError) console.warn(`  first error: ${result.firstError}`);
    }
    const final = new Map(servers.map((c) => [c.name, rssMiB(c.pid) / baseline.get(c.name)! - 1]));
    const outside = [...final].filter(([, drift]) => Math.abs(drift) > 0.1);
    const sorted = [...p95s].sort((a, b) => a - b);
    console.log(
      `\n${requests} requests in ${seconds(Date.now() - started, 0)}, ${errors} errors; window p95 median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, worst ${sorted[sorted.length - 1]!.toFixed(0)} ms` +
        `\nRSS at the end against after warm-up: ${[...final].map(([n, d]) => `${n} ${(100 * d).toFixed(1)}%`).join(", ")}` +
        `\nlargest RSS drift in any window: ${[...maxDrift].map(([n, d]) => `${n} ${(100 * d).toFixed(1)}%`).join(", ")}`,
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
