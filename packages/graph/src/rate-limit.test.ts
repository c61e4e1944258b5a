import { describe, expect, it } from "vitest";
import { decide, MemoryRateLimitStore, rateLimitedError, rateLimitHeaders, type RateLimits } from "./rate-limit";

const LIMITS: RateLimits = { userPerWindow: 2, orgPerWindow: 3, windowMs: 60_000 };
const keys = (user: string, org = "org") => ({ user: `${org}:u:${user}`, org: `${org}:o` });

function storeAt(start = 1_000_000, maxKeys = 1000) {
  const clock = { now: start };
  return { clock, store: new MemoryRateLimitStore(LIMITS.windowMs, maxKeys, () => clock.now) };
}

describe("the in-memory rate-limit store", () => {
  it("admits up to the user's limit, then refuses until the window resets", async () => {
    const { clock, store } = storeAt();
    expect((await store.hit(keys("a"), LIMITS)).admitted).toBe(true);
    clock.now += 10_000;
    expect((await store.hit(keys("a"), LIMITS)).admitted).toBe(true);
    const refused = await store.hit(keys("a"), LIMITS);
    expect(refused).toMatchObject({ admitted: false, user: { count: 2, resetMs: 50_000 } });
    clock.now += 50_000;
    expect((await store.hit(keys("a"), LIMITS)).admitted).toBe(true);
    await store.close();
  });

  it("does not count a refused request against the organization", async () => {
    const { store } = storeAt();
    for (let i = 0; i < 5; i++) await store.hit(keys("greedy"), LIMITS);
    const colleague = await store.hit(keys("colleague"), LIMITS);
    expect(colleague).toMatchObject({ admitted: true, org: { count: 3 } });
    await store.close();
  });

  it("forgets expired windows and never holds more keys than its cap", async () => {
    const { clock, store } = storeAt(1_000_000, 10);
    for (let i = 0; i < 4; i++) await store.hit(keys("u", `org-${i}`), LIMITS);
    expect(store.size).toBe(8);
    clock.now += 60_000;
    store.sweep();
    expect(store.size).toBe(0);
    for (let i = 0; i < 50; i++) await store.hit(keys("u", `flood-${i}`), LIMITS);
    expect(store.size).toBeLessThanOrEqual(10);
    await store.close();
  });
});

describe("the rate-limit decision", () => {
  it("reports the limit closest to running out while admitting", () => {
    const decision = decide({ admitted: true, user: { count: 1, resetMs: 30_000 }, org: { count: 3, resetMs: 20_000 } }, LIMITS);
    expect(decision).toMatchObject({ allowed: true, scope: "organization", limit: 3, remaining: 0, resetMs: 20_000 });
    expect(rateLimitHeaders(decision)).toEqual({ "ratelimit-limit": "3", "ratelimit-remaining": "0", "ratelimit-reset": "20", "ratelimit-policy": "2;w=60, 3;w=60" });
  });

  it("names the limit that resets later when a caller is over both", () => {
    const decision = decide({ admitted: false, user: { count: 2, resetMs: 5_000 }, org: { count: 3, resetMs: 42_500 } }, LIMITS);
    expect(decision).toMatchObject({ allowed: false, scope: "organization", limit: 3, remaining: 0, resetMs: 42_500 });
    const error = rateLimitedError(decision);
    expect(error.extensions).toMatchObject({ code: "RATE_LIMITED", scope: "organization", retryAfter: 43, http: { status: 429 } });
    expect(error.message).toBe("Rate limit exceeded: 3 requests per minute for this organization. Retry in 43 s.");
    expect(rateLimitHeaders(decision)["retry-after"]).toBe("43");
  });
});
