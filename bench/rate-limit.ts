// What the gateway's rate limiter costs per request: the check alone (in memory and in Redis), then
// `{ me { id } }` through the real gateway with each store.
// Run: pnpm exec tsx bench/rate-limit.ts [--checks 20000] [--requests 2000]   (Redis at REDIS_URL, default redis://127.0.0.1:6379)
import crypto from "node:crypto";
import { loadConfig } from "@revgraph/config";
import { createLogger, createRateLimiter, type RateLimiter } from "@revgraph/graph";
import { startTestStack } from "@revgraph/testkit";
import { machineSummary } from "./support/machine";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const CHECKS = arg("checks", 20_000);
const REQUESTS = arg("requests", 2_000);
const REDIS_URL = loadConfig().rateLimit.redisUrl ?? "redis://127.0.0.1:6379";
const HIGH = { userPerMinute: 1e9, orgPerMinute: 1e9 };

function summary(samplesMs: number[], unit: "µs" | "ms" = "µs") {
  const show = (ms: number) => (unit === "µs" ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return `mean ${show(mean)}, p50 ${show(at(0.5))}, p99 ${show(at(0.99))}`;
}

async function benchChecks(name: string, limiter: RateLimiter) {
  await limiter.ready();
  const samples: number[] = [];
  for (let i = 0; i < CHECKS; i++) {
    // 1,000 users in 20 organizations, as a busy deployment would see them.
    const identity = { userId: `u${i % 1000}`, organizationId: `o${i % 20}` };
    const started = performance.now();
    await limiter.check(identity);
    samples.push(performance.now() - started);
  }
  const concurrent = 50;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrent }, async (_, c) => {
      for (let i = 0; i < CHECKS / concurrent; i++) await limiter.check({ userId: `u${c}`, organizationId: `o${c % 20}` });
    }),
  );
  const perSecond = CHECKS / ((performance.now() - started) / 1000);
  console.log(`| check, ${name} | ${summary(samples)} | ${Math.round(perSecond).toLocaleString("en")} checks/s at ${concurrent} concurrent |`);
  await limiter.close();
}

async function benchGateway(name: string, rateLimit: { redisUrl?: string; keyPrefix?: string }) {
  const stack = await startTestStack({ rateLimit: { ...HIGH, ...rateLimit } });
  try {
    const rep = await (await stack.createOrg()).user();
    for (let i = 0; i < 200; i++) await rep.client.raw("{ me { id } }");
    const samples: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now();
      await rep.client.raw("{ me { id } }");
      samples.push(performance.now() - started);
    }
    console.log(`| \`{ me { id } }\` through the gateway, ${name} | ${summary(samples, "ms")} | sequential, ${REQUESTS} requests |`);
  } finally {
    await stack.close();
  }
}

const log = createLogger("bench", "warn");
const prefix = `revgraph-bench:${crypto.randomUUID()}`;
console.log(machineSummary());
console.log("| what | latency | note |\n| --- | --- | --- |");
await benchChecks("memory", createRateLimiter({ log, limits: { userPerWindow: 1e9, orgPerWindow: 1e9 } }));
await benchChecks(`Redis (${REDIS_URL})`, createRateLimiter({ log, redisUrl: REDIS_URL, keyPrefix: prefix, limits: { userPerWindow: 1e9, orgPerWindow: 1e9 } }));
await benchGateway("memory store", {});
await benchGateway("Redis store", { redisUrl: REDIS_URL, keyPrefix: prefix });
