import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { schema } from "@revgraph/db";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

const SIGNALS = `mutation($input: [AccountSignalInput!]!) {
  recordAccountSignals(input: $input) { recordedCount accounts { id healthScore } errors { field code message } }
}`;
const OUTCOME = `mutation($input: RecordAccountOutcomeInput!) {
  recordAccountOutcome(input: $input) { replayed account { lifecycleStage renewalDate } outcome { id outcome occurredAt } errors { field code } }
}`;
const SCORECARD = `{ scorecard { isDefault updatedAt measures { measure weight } } }`;
const UPDATE_SCORECARD = `mutation($input: UpdateScorecardInput!) {
  updateScorecard(input: $input) { recomputedCount scorecard { isDefault measures { measure weight } } errors { field code } }
}`;
const HEALTH = `query($id: ID!) { account(id: $id) {
  healthScore healthHistory(first: 1) { score measures { measure score weight } }
  anomalies { measure score baseline drop zScore detectedAt }
} }`;

type Err = { field: string; code: string };
const codes = (errors: Err[]) => errors.map((e) => [e.field, e.code]);
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

async function newAccount(user: TestUser, healthScore = 50): Promise<string> {
  const domain = `co-${crypto.randomBytes(4).toString("hex")}.example`;
  const data = await user.client.query(`mutation($input: UpsertAccountInput!) { upsertAccount(input: $input) { account { id } errors { field } } }`, {
    input: { name: "Co", domain, healthScore, renewalDate: ago(10) },
  });
  return data.upsertAccount.account.id;
}

async function record(user: TestUser, input: Record<string, unknown>[]) {
  return (await user.client.query(SIGNALS, { input })).recordAccountSignals;
}

async function stored(table: typeof schema.accountSignals | typeof schema.accountOutcomes, organizationId: string): Promise<number> {
  const [row] = await stack.database.db.select({ n: count() }).from(table).where(eq(table.organizationId, organizationId));
  return row!.n;
}

describe("account signals, scorecard health and anomalies", () => {
  it("recomputes health from the signals with the default scorecard, and keeps the breakdown", async () => {
    const rep = await (await stack.createOrg()).user();
    const id = await newAccount(rep);
    const result = await record(rep, [
      { accountId: id, type: "LOGIN", value: 5, occurredAt: ago(0.01) },
      { accountId: id, type: "NPS", value: 8, occurredAt: ago(2) },
      { accountId: id, type: "FEATURE_USE", detail: "Reports", occurredAt: ago(3) },
    ]);
    // Usage 100 (new usage), support 100, sentiment 80, engagement ≈100, adoption 20:
    // (30·100 + 20·100 + 20·80 + 15·100 + 15·20) / 100 = 84.
    expect(result).toMatchObject({ recordedCount: 3, errors: [], accounts: [{ id, healthScore: 84 }] });
    const read = (await rep.client.query(HEALTH, { id })).account;
    expect(read.healthScore).toBe(84);
    expect(read.healthHistory[0]).toEqual({
      score: 84,
      measures: [
        { measure: "USAGE_TREND", score: 100, weight: 30 },
        { measure: "SUPPORT_LOAD", score: 100, weight: 20 },
        { measure: "SENTIMENT", score: 80, weight: 20 },
        { measure: "ENGAGEMENT_RECENCY", score: 100, weight: 15 },
        { measure: "ADOPTION_BREADTH", score: 20, weight: 15 },
      ],
    });
    const signals = await rep.client.query(`query($id: ID!) { account(id: $id) { signals { type value detail } nps: signals(type: NPS) { value } } }`, { id });
    expect(signals.account.signals).toEqual([
      { type: "LOGIN", value: 5, detail: null },
      { type: "NPS", value: 8, detail: null },
      { type: "FEATURE_USE", value: 1, detail: "Reports" },
    ]);
    expect(signals.account.nps).toEqual([{ value: 8 }]);
  });

  it("serves the default scorecard, lets a manager replace it and rescore, and refuses reps", async () => {
    const org = await stack.createOrg();
    const rep = await org.user("rep");
    const manager = await org.user("manager");
    const withSignals = await newAccount(rep);
    const withoutSignals = await newAccount(rep, 42);
    await record(rep, [{ accountId: withSignals, type: "NPS", value: 7, occurredAt: ago(1) }]);

    const initial = (await rep.client.query(SCORECARD)).scorecard;
    expect(initial).toMatchObject({ isDefault: true, updatedAt: null });
    expect(initial.measures.map((m: { measure: string }) => m.measure)).toEqual(["USAGE_TREND", "SUPPORT_LOAD", "SENTIMENT", "ENGAGEMENT_RECENCY", "ADOPTION_BREADTH"]);

    const refused = await rep.client.raw(UPDATE_SCORECARD, { input: { measures: [{ measure: "SENTIMENT", weight: 1 }] } });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bad = (
      await manager.client.query(UPDATE_SCORECARD, {
        input: {
          measures: [
            { measure: "SENTIMENT", weight: 1 },
            { measure: "SENTIMENT", weight: 101 },
          ],
        },
      })
    ).updateScorecard;
    expect(codes(bad.errors)).toEqual([
      ["input.measures.1.measure", "DUPLICATE_IN_BATCH"],
      ["input.measures.1.weight", "OUT_OF_RANGE"],
    ]);
    expect((await rep.client.query(SCORECARD)).scorecard.isDefault).toBe(true);

    const updated = (
      await manager.client.query(UPDATE_SCORECARD, {
        input: {
          measures: [
            { measure: "SENTIMENT", weight: 3 },
            { measure: "SUPPORT_LOAD", weight: 1 },
          ],
        },
      })
    ).updateScorecard;
    expect(updated).toMatchObject({ errors: [], recomputedCount: 1, scorecard: { isDefault: false } });
    expect((await rep.client.query(SCORECARD)).scorecard.measures).toEqual([
      { measure: "SENTIMENT", weight: 3 },
      { measure: "SUPPORT_LOAD", weight: 1 },
    ]);
    // (3·70 + 1·100) / 4 = 77.5 → 78; the account without signals keeps its recorded health.
    const a = (await rep.client.query(HEALTH, { id: withSignals })).account;
    expect(a.healthScore).toBe(78);
    expect(a.healthHistory[0].measures).toEqual([
      { measure: "SENTIMENT", score: 70, weight: 3 },
      { measure: "SUPPORT_LOAD", score: 100, weight: 1 },
    ]);
    expect((await rep.client.query(HEALTH, { id: withoutSignals })).account.healthScore).toBe(42);
  });

  it("stores an anomaly when health drops suddenly against the account's own history", async () => {
    const rep = await (await stack.createOrg()).user();
    const id = await newAccount(rep);
    for (let i = 0; i < 6; i++) await record(rep, [{ accountId: id, type: "LOGIN", value: 3, occurredAt: ago(0.01) }]);
    expect((await rep.client.query(HEALTH, { id })).account.anomalies).toEqual([]);
    // Usage 100, support 100, sentiment 50 (no answers), engagement 100, adoption 0: health 75.
    // Five escalations and an NPS of 0: support load 100 → 0, sentiment 50 → 0, health 75 → 45.
    const spike = await record(rep, [
      { accountId: id, type: "TICKET_ESCALATED", value: 5, occurredAt: ago(0.01) },
      { accountId: id, type: "NPS", value: 0, occurredAt: ago(0.01) },
    ]);
    expect(spike.accounts[0].healthScore).toBe(45);
    const anomalies = (await rep.client.query(HEALTH, { id })).account.anomalies;
    expect(anomalies.map((a: { measure: string }) => a.measure).sort()).toEqual(["SENTIMENT", "SUPPORT_LOAD", "TOTAL"]);
    const total = anomalies.find((a: { measure: string }) => a.measure === "TOTAL");
    // Flat history: MAD is its floor of 5 points.
    expect(total).toMatchObject({ score: 45, baseline: 75, drop: 30 });
    expect(total.zScore).toBeCloseTo((0.6745 * -30) / 5, 2);
  });

  it("refuses bad signals with coded errors naming the row and field, and writes nothing", async () => {
    const orgA = await stack.createOrg();
    const rep = await orgA.user();
    const other = await (await stack.createOrg()).user();
    const id = await newAccount(rep);
    const foreign = await newAccount(other);
    const ok = { accountId: id, type: "LOGIN", occurredAt: ago(1) };

    const unknownType = await rep.client.raw(SIGNALS, { input: [{ ...ok, type: "TELEPATHY" }] });
    expect(unknownType.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const tooMany = await record(
      rep,
      Array.from({ length: 5001 }, () => ok),
    );
    expect(codes(tooMany.errors)).toEqual([["input", "LIMIT_EXCEEDED"]]);
    const bad = await record(rep, [
      ok,
      { ...ok, occurredAt: new Date(Date.now() + 3_600_000).toISOString() },
      { ...ok, type: "NPS", value: 11 },
      { ...ok, type: "CSAT", value: 0 },
      { ...ok, value: -1 },
      { ...ok, detail: "x".repeat(201) },
    ]);
    expect(codes(bad.errors)).toEqual([
      ["input.1.occurredAt", "IN_FUTURE"],
      ["input.2.value", "OUT_OF_RANGE"],
      ["input.3.value", "OUT_OF_RANGE"],
      ["input.4.value", "OUT_OF_RANGE"],
      ["input.5.detail", "TOO_LONG"],
    ]);
    const missing = await record(rep, [ok, { ...ok, accountId: crypto.randomUUID() }, { ...ok, accountId: foreign }]);
    expect(codes(missing.errors)).toEqual([
      ["input.1.accountId", "NOT_FOUND"],
      ["input.2.accountId", "NOT_FOUND"],
    ]);
    expect(missing).toMatchObject({ recordedCount: 0, accounts: [] });
    const outOfRange = await rep.client.raw(SIGNALS, { input: [{ ...ok, occurredAt: "1969-12-31T00:00:00Z" }] });
    expect(outOfRange.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    expect(await stored(schema.accountSignals, rep.organizationId)).toBe(0);
    expect(await stored(schema.accountSignals, other.organizationId)).toBe(0);
    expect((await rep.client.query(HEALTH, { id })).account).toMatchObject({ healthScore: 50, healthHistory: [{ score: 50, measures: [] }] });
  });
});

describe("account outcomes", () => {
  it("records an outcome once per renewal period: same key replays, another outcome in the period conflicts", async () => {
    const rep = await (await stack.createOrg()).user();
    const id = await newAccount(rep);
    const renewalBefore = new Date(Date.now() - 10 * 86_400_000);
    const first = (await rep.client.query(OUTCOME, { input: { accountId: id, outcome: "RENEWED", occurredAt: ago(5), idempotencyKey: "renewal-1" } })).recordAccountOutcome;
    expect(first).toMatchObject({ replayed: false, errors: [], outcome: { outcome: "RENEWED" } });
    // The renewal date had passed: it moves on by a year.
    const moved = new Date(first.account.renewalDate).getTime() - renewalBefore.getTime();
    expect(Math.round(moved / 86_400_000)).toBe(365);

    const replay = (await rep.client.query(OUTCOME, { input: { accountId: id, outcome: "RENEWED", occurredAt: ago(5), idempotencyKey: "renewal-1" } })).recordAccountOutcome;
    expect(replay).toMatchObject({ replayed: true, errors: [], outcome: { id: first.outcome.id } });
    const reused = (await rep.client.query(OUTCOME, { input: { accountId: id, outcome: "CHURNED", idempotencyKey: "renewal-1" } })).recordAccountOutcome;
    expect(codes(reused.errors)).toEqual([["input.idempotencyKey", "IDEMPOTENCY_KEY_REUSED"]]);
    const conflict = (await rep.client.query(OUTCOME, { input: { accountId: id, outcome: "CHURNED", occurredAt: ago(1), idempotencyKey: "churn-1" } })).recordAccountOutcome;
    expect(codes(conflict.errors)).toEqual([["input.occurredAt", "OUTCOME_ALREADY_RECORDED"]]);

    // A year earlier is another period.
    const earlier = (await rep.client.query(OUTCOME, { input: { accountId: id, outcome: "EXPANDED", occurredAt: ago(371), idempotencyKey: "renewal-0" } })).recordAccountOutcome;
    expect(earlier.errors).toEqual([]);
    const list = await rep.client.query(`query($id: ID!) { account(id: $id) { lifecycleStage outcomes { outcome } } }`, { id });
    expect(list.account).toEqual({ lifecycleStage: "ONBOARDING", outcomes: [{ outcome: "RENEWED" }, { outcome: "EXPANDED" }] });
    expect(await stored(schema.accountOutcomes, rep.organizationId)).toBe(2);
  });

  it("marks a churned account CHURNED, and refuses bad outcome input without writing", async () => {
    const rep = await (await stack.createOrg()).user();
    const other = await (await stack.createOrg()).user();
    const id = await newAccount(rep);
    const foreign = await newAccount(other);
    const bad = async (input: Record<string, unknown>) => codes((await rep.client.query(OUTCOME, { input })).recordAccountOutcome.errors);
    expect(await bad({ accountId: foreign, outcome: "CHURNED", idempotencyKey: "k" })).toEqual([["input.accountId", "NOT_FOUND"]]);
    expect(await bad({ accountId: "nope", outcome: "CHURNED", idempotencyKey: "k" })).toEqual([["input.accountId", "INVALID_ID"]]);
    expect(await bad({ accountId: id, outcome: "CHURNED", idempotencyKey: " " })).toEqual([["input.idempotencyKey", "INVALID_KEY"]]);
    expect(await bad({ accountId: id, outcome: "CHURNED", occurredAt: "2999-01-01T00:00:00Z", idempotencyKey: "k" })).toEqual([["input.occurredAt", "IN_FUTURE"]]);
    expect((await rep.client.raw(OUTCOME, { input: { accountId: id, outcome: "VANISHED", idempotencyKey: "k" } })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await stored(schema.accountOutcomes, rep.organizationId)).toBe(0);
    expect(await stored(schema.accountOutcomes, other.organizationId)).toBe(0);

    const churned = (await rep.client.query(OUTCOME, { input: { accountId: id, outcome: "CHURNED", idempotencyKey: "k" } })).recordAccountOutcome;
    expect(churned).toMatchObject({ errors: [], account: { lifecycleStage: "CHURNED" } });
  });
});

describe("tenancy of signals, outcomes, anomalies and scorecards", () => {
  it("shows another organization nothing, through the gateway and through direct _entities calls", async () => {
    const orgA = await stack.createOrg();
    const repA = await orgA.user();
    const managerA = await orgA.user("manager");
    const repB = await (await stack.createOrg()).user();
    const id = await newAccount(repA);
    await record(repA, [{ accountId: id, type: "NPS", value: 9, occurredAt: ago(1) }]);
    await repA.client.query(OUTCOME, { input: { accountId: id, outcome: "RENEWED", idempotencyKey: "k" } });
    await managerA.client.query(UPDATE_SCORECARD, { input: { measures: [{ measure: "SENTIMENT", weight: 1 }] } });

    expect((await repB.client.query(`query($id: ID!) { account(id: $id) { signals { type } outcomes { outcome } } }`, { id })).account).toBeNull();
    expect((await repB.client.query(SCORECARD)).scorecard.isDefault).toBe(true);

    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { id signals { type } outcomes { outcome } anomalies { measure } healthHistory { measures { measure } } } } }`;
    const r = [{ __typename: "Account", id }];
    expect((await stack.direct("customer-success", repB.token).query(entities, { r }))._entities).toEqual([null]);
    const asA = (await stack.direct("customer-success", repA.token).query(entities, { r }))._entities[0];
    expect(asA).toMatchObject({ id, signals: [{ type: "NPS" }], outcomes: [{ outcome: "RENEWED" }] });
  });
});

describe("Account.leads", () => {
  it("lists the organization's leads at the account's domain, a page at a time, resolved by the sales subgraph", async () => {
    const rep = await (await stack.createOrg()).user();
    const other = await (await stack.createOrg()).user();
    const domain = `co-${crypto.randomBytes(4).toString("hex")}.example`;
    const create = async (user: TestUser, emails: string[]) => {
      const data = await user.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } errors { field } } }`, {
        input: emails.map((email, i) => ({ name: `Contact ${i}`, email, createdAt: ago(10 - i) })),
      });
      return data.createLeads.leads.map((l: { id: string }) => l.id);
    };
    const [first, second] = await create(rep, [`ada@${domain}`, `Bob@${domain.toUpperCase()}`, "someone@elsewhere.example", `eve@sub.${domain}`]);
    await create(other, [`mallory@${domain}`]);
    const { account } = (
      await rep.client.query(`mutation($input: UpsertAccountInput!) { upsertAccount(input: $input) { account { id } } }`, {
        input: { name: "Co", domain, healthScore: 50 },
      })
    ).upsertAccount;

    const query = `query($id: ID!, $after: String) { account(id: $id) { leads(first: 1, after: $after) { totalCount nodes { id email } pageInfo { hasNextPage endCursor } } } }`;
    const page1 = (await rep.client.query(query, { id: account.id })).account.leads;
    expect(page1).toMatchObject({ totalCount: 2, nodes: [{ id: second }], pageInfo: { hasNextPage: true } });
    const page2 = (await rep.client.query(query, { id: account.id, after: page1.pageInfo.endCursor })).account.leads;
    expect(page2).toMatchObject({ nodes: [{ id: first }], pageInfo: { hasNextPage: false } });

    const tooMany = await rep.client.raw(`query($id: ID!) { account(id: $id) { leads(first: 1000) { totalCount } } }`, { id: account.id });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });

    // Regression: sales resolved any Account representation, so another organization's account id
    // (or a made-up one) sent with a domain listed the caller's own leads at that domain.
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { id leads(first: 10) { totalCount } } } }`;
    const r = [account.id, crypto.randomUUID(), "not-an-account"].map((id) => ({ __typename: "Account", id, domain }));
    expect((await stack.direct("sales", other.token).query(entities, { r }))._entities).toEqual([null, null, null]);
    expect((await stack.direct("sales", rep.token).query(entities, { r }))._entities).toEqual([{ id: account.id, leads: { totalCount: 2 } }, null, null]);
  });
});
