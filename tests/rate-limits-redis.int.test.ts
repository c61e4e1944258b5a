// Rate limits counted in Redis: gateway replicas share the counts, and an unreachable Redis lets requests through.
// Needs the Redis server at REDIS_URL (default redis://127.0.0.1:6379; CI runs one): without it this file fails, it does not skip.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@revgraph/config";
import { createLogger, createRateLimiter, type RateLimiter } from "@revgraph/graph";
import { startTestStack, type TestStack } from "@revgraph/testkit";

const REDIS_URL = loadConfig().rateLimit.redisUrl ?? "redis://127.0.0.1:6379";
const silent = createLogger("test", "silent");
const ME = "{ me { id } }";

/** A key prefix no other run shares, so counts left by earlier runs (they expire after a minute) cannot interfere. */
const runPrefix = () => `revgraph-test:${crypto.randomUUID()}`;

const limiters: RateLimiter[] = [];
function limiter(keyPrefix: string, limits: { userPerWindow: number; orgPerWindow: number }, redisUrl = REDIS_URL, log = silent) {
  const created = createRateLimiter({ redisUrl, keyPrefix, limits: { ...limits, windowMs: 60_000 }, log });
  limiters.push(created);
  return created;
}

beforeAll(async () => {
  const probe = limiter(runPrefix(), { userPerWindow: 1, orgPerWindow: 1 });
  await probe.ready().catch((error: Error) => {
    throw new Error(`These tests need a Redis server at ${REDIS_URL} (set REDIS_URL to point elsewhere): ${error.message}`);
  });
});
afterAll(async () => {
  await Promise.all(limiters.map((l) => l.close()));
});

describe("rate limits in Redis", () => {
  it("counts one caller's requests together across two gateway limiters sharing Redis", async () => {
    const prefix = runPrefix();
    const [a, b] = [limiter(prefix, { userPerWindow: 5, orgPerWindow: 100 }), limiter(prefix, { userPerWindow: 5, orgPerWindow: 100 })];
    await Promise.all([a.ready(), b.ready()]);
    const rep = { userId: "rep-1", organizationId: "org-1" };
    const decisions = [];
    for (let i = 0; i < 6; i++) decisions.push(await (i % 2 === 0 ? a : b).check(rep));
    expect(decisions.map((d) => d?.allowed)).toEqual([true, true, true, true, true, false]);
    expect(decisions.slice(0, 5).map((d) => d?.remaining)).toEqual([4, 3, 2, 1, 0]);
    expect(decisions[5]).toMatchObject({ scope: "user", remaining: 0 });
    expect(decisions[5]!.resetMs).toBeGreaterThan(0);
    expect(decisions[5]!.resetMs).toBeLessThanOrEqual(60_000);
    // The organization's count is shared too, and a colleague is still admitted.
    const colleague = await a.check({ userId: "rep-2", organizationId: "org-1" });
    expect(colleague).toMatchObject({ allowed: true });
  });

  it("stops an organization's users once the replicas together reach its limit", async () => {
    const prefix = runPrefix();
    const [a, b] = [limiter(prefix, { userPerWindow: 100, orgPerWindow: 4 }), limiter(prefix, { userPerWindow: 100, orgPerWindow: 4 })];
    await Promise.all([a.ready(), b.ready()]);
    for (let i = 0; i < 4; i++) expect((await (i % 2 === 0 ? a : b).check({ userId: `rep-${i}`, organizationId: "org-1" }))?.allowed).toBe(true);
    expect(await b.check({ userId: "rep-9", organizationId: "org-1" })).toMatchObject({ allowed: false, scope: "organization" });
    expect(await a.check({ userId: "rep-9", organizationId: "org-2" })).toMatchObject({ allowed: true });
  });

  describe("through the gateway", () => {
    let stack: TestStack;
    const prefix = runPrefix();
    beforeAll(async () => {
      stack = await startTestStack({ rateLimit: { redisUrl: REDIS_URL, keyPrefix: prefix, userPerMinute: 3, orgPerMinute: 100 } });
    });
    afterAll(async () => {
      await stack?.close();
    });

    it("refuses with 429 a caller whose requests to another replica used up their limit", async () => {
      const org = await stack.createOrg();
      const rep = await org.user(); // signing in happens at the sales subgraph, not through this gateway
      expect((await rep.client.raw(ME)).status).toBe(200); // one request through this gateway
      const otherReplica = limiter(prefix, { userPerWindow: 3, orgPerWindow: 100 });
      await otherReplica.ready();
      expect(await otherReplica.check({ userId: rep.id, organizationId: org.id })).toMatchObject({ allowed: true, remaining: 1 });
      expect(await otherReplica.check({ userId: rep.id, organizationId: org.id })).toMatchObject({ allowed: true, remaining: 0 });
      const refused = await rep.client.raw(ME);
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    });
  });

  describe("when Redis is unreachable", () => {
    let stack: TestStack;
    const lines: string[] = [];
    beforeAll(async () => {
      // Port 1 on the loopback: nothing listens there, connections are refused at once.
      stack = await startTestStack({
        rateLimit: { redisUrl: "redis://127.0.0.1:1", userPerMinute: 1, orgPerMinute: 1 },
        log: createLogger("test", "warn", { write: (line: string) => void lines.push(line) }),
      });
    });
    afterAll(async () => {
      await stack?.close();
    });

    it("lets requests through without rate-limit headers and logs a warning", async () => {
      const rep = await (await stack.createOrg()).user();
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        const served = await rep.client.raw(ME);
        expect(served.status).toBe(200);
        expect(served.data?.me?.id).toBe(rep.id);
        expect(served.headers["ratelimit-limit"]).toBeUndefined();
        expect(performance.now() - started).toBeLessThan(2000);
      }
      expect(lines.some((line) => line.includes("requests are let through unlimited"))).toBe(true);
    });
  });
});
