// Per-user and per-organization rate limits at the gateway, counted in memory (the default store).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

const USER_LIMIT = 5;
const ORG_LIMIT = 8;
const ME = "{ me { id } }";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ rateLimit: { userPerMinute: USER_LIMIT, orgPerMinute: ORG_LIMIT } });
});
afterAll(async () => {
  await stack?.close();
});

/** Sends `n` requests as `user`, one after another, and returns their answers. */
async function send(user: TestUser, n: number) {
  const answers = [];
  for (let i = 0; i < n; i++) answers.push(await user.client.raw(ME));
  return answers;
}

describe("rate limits at the gateway", () => {
  it("sends RateLimit headers on every answer, counting down", async () => {
    const org = await stack.createOrg();
    const rep = await org.user(); // signing in happens at the sales subgraph: not counted here
    const answers = await send(rep, 3);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => a.headers["ratelimit-limit"])).toEqual([String(USER_LIMIT), String(USER_LIMIT), String(USER_LIMIT)]);
    expect(answers.map((a) => a.headers["ratelimit-remaining"])).toEqual(["4", "3", "2"]);
    for (const a of answers) {
      expect(Number(a.headers["ratelimit-reset"])).toBeGreaterThanOrEqual(1);
      expect(Number(a.headers["ratelimit-reset"])).toBeLessThanOrEqual(60);
      expect(a.headers["retry-after"]).toBeUndefined();
    }
    expect(answers[0]!.headers["ratelimit-policy"]).toBe(`${USER_LIMIT};w=60, ${ORG_LIMIT};w=60`);
  });

  it("refuses a user over their limit with 429 RATE_LIMITED and Retry-After, while a colleague is still served", async () => {
    const org = await stack.createOrg();
    const [greedy, colleague] = [await org.user(), await org.user()];
    const admitted = await send(greedy, USER_LIMIT);
    expect(admitted.every((a) => a.status === 200 && !a.errors)).toBe(true);

    const refused = await greedy.client.raw(ME);
    expect(refused.status).toBe(429);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(refused.errors?.[0]?.extensions?.scope).toBe("user");
    expect(refused.errors?.[0]?.message).toMatch(/5 requests per minute for this user\. Retry in \d+ s/);
    const retryAfter = Number(refused.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers["ratelimit-remaining"]).toBe("0");
    expect(refused.headers["ratelimit-limit"]).toBe(String(USER_LIMIT));

    // Refusals are not counted against the organization: the colleague keeps their share.
    await send(greedy, 5);
    const served = await colleague.client.raw(ME);
    expect(served.status).toBe(200);
    expect(served.data?.me?.id).toBe(colleague.id);
  });

  it("stops every user of an organization over its limit, and no other organization", async () => {
    const org = await stack.createOrg();
    const users = [await org.user(), await org.user(), await org.user()];
    await send(users[0]!, 4); // 4
    await send(users[2]!, 2); // 6
    const last = await send(users[1]!, 2); // 8: the organization's limit
    expect(last.map((a) => a.status)).toEqual([200, 200]);
    expect(last[1]!.headers["ratelimit-remaining"]).toBe("0");
    expect(last[1]!.headers["ratelimit-limit"]).toBe(String(ORG_LIMIT));

    for (const user of users) {
      const refused = await user.client.raw(ME);
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      expect(refused.errors?.[0]?.message).toMatch(/8 requests per minute for this organization/);
      expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    }

    const other = await (await stack.createOrg()).user();
    const served = await other.client.raw(ME);
    expect(served.status).toBe(200);
    expect(served.headers["ratelimit-remaining"]).toBe(String(USER_LIMIT - 1));
  });

  it("does not limit health endpoints, and still answers UNAUTHENTICATED to callers without a token", async () => {
    const rep = await (await stack.createOrg()).user();
    await send(rep, USER_LIMIT);
    expect((await rep.client.raw(ME)).status).toBe(429);
    for (const path of ["/health/live", "/health/ready"]) {
      const res = await fetch(new URL(path, stack.gatewayUrl));
      expect(res.status).toBe(200);
      expect(res.headers.get("ratelimit-limit")).toBeNull();
    }
    const anonymous = await stack.anonymous().raw(ME);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(anonymous.headers["ratelimit-limit"]).toBeUndefined();
  });
});
