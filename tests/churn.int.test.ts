// Churn predictions through the gateway: stored and served until valid, refreshed on demand,
// learned from the organization's outcomes, validated when outcomes arrive, raising CTAs.
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "@revgraph/db";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

const RISK = `query($id: ID!) { account(id: $id) { churnRisk {
  id probability riskCategory confidence source modelVersion windowDays predictedAt validUntil status actualOutcome wasAccurate explanation
  factors { name label value contribution } recommendations { playbook action reason }
} } }`;
const PREDICT = `mutation($id: ID!, $force: Boolean) { predictChurn(accountId: $id, forceRefresh: $force) {
  fromStore prediction { id source status probability riskCategory } errors { field code }
} }`;
const TRAIN = `mutation { trainChurnModel { model { version modelVersion accounts churned metrics { method heldOutAccounts model { auc brier } rules { auc } } } errors { field code } } }`;
const OUTCOME = `mutation($input: RecordAccountOutcomeInput!) { recordAccountOutcome(input: $input) { outcome { id } errors { field code } } }`;

async function newAccount(user: TestUser, input: Record<string, unknown> = {}): Promise<string> {
  const domain = `co-${crypto.randomBytes(4).toString("hex")}.example`;
  const data = await user.client.query(`mutation($input: UpsertAccountInput!) { upsertAccount(input: $input) { account { id } errors { field code } } }`, {
    input: { name: "Co", domain, healthScore: 70, ...input },
  });
  expect(data.upsertAccount.errors).toEqual([]);
  return data.upsertAccount.account.id;
}

async function signals(user: TestUser, input: Record<string, unknown>[]) {
  const data = await user.client.query(`mutation($input: [AccountSignalInput!]!) { recordAccountSignals(input: $input) { errors { field code } } }`, { input });
  expect(data.recordAccountSignals.errors).toEqual([]);
}

async function outcome(user: TestUser, accountId: string, result: string, occurredAt: string) {
  const data = await user.client.query(OUTCOME, { input: { accountId, outcome: result, occurredAt, idempotencyKey: crypto.randomUUID() } });
  expect(data.recordAccountOutcome.errors).toEqual([]);
}

async function storedPredictions(accountId: string) {
  return stack.database.db.select().from(schema.churnPredictions).where(eq(schema.churnPredictions.accountId, accountId)).orderBy(schema.churnPredictions.createdAt);
}

/** Accounts with a history of usage: `healthy` ones keep logging in, the others stopped 80 days before their outcome. */
async function portfolio(user: TestUser, n: number, churnedEvery: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = await newAccount(user);
    const churns = i % churnedEvery === 0;
    const outcomeDay = 10 + (i % 50);
    const input: Record<string, unknown>[] = [];
    for (let d = outcomeDay + 300; d > outcomeDay; d -= 10) {
      if (churns && d < outcomeDay + 80) continue;
      input.push({ accountId: id, type: "LOGIN", value: 20, occurredAt: ago(d) });
    }
    await signals(user, input);
    await outcome(user, id, churns ? "CHURNED" : "RENEWED", ago(outcomeDay));
    ids.push(id);
  }
  return ids;
}

describe("churn predictions through the graph", () => {
  it("predicts from the rules before any outcome, with low confidence, and serves the stored prediction until it expires", async () => {
    const org = await stack.createOrg();
    const csm = await org.user("manager");
    const id = await newAccount(csm);
    await signals(csm, [{ accountId: id, type: "LOGIN", value: 12, occurredAt: ago(3) }]);

    const first = (await csm.client.query(RISK, { id })).account.churnRisk;
    expect(first).toMatchObject({ source: "RULES", confidence: "LOW", modelVersion: "churn-rules/1", windowDays: 90, status: "ACTIVE", actualOutcome: null, wasAccurate: null });
    expect(first.probability).toBeGreaterThan(0);
    expect(first.probability).toBeLessThan(1);
    expect(new Date(first.validUntil).getTime() - new Date(first.predictedAt).getTime()).toBe(30 * DAY);
    expect(first.explanation).toMatch(/No renewal outcomes recorded yet/);
    expect(first.recommendations.length).toBeGreaterThan(0);
    expect(first.factors.map((f: { name: string }) => f.name)).toContain("rule.health");

    // Served from the store: the same row, however often it is read.
    const again = (await csm.client.query(RISK, { id })).account.churnRisk;
    expect(again.id).toBe(first.id);
    expect(await storedPredictions(id)).toHaveLength(1);

    // Once its validity passes, the next read computes a new one and the old one is EXPIRED.
    await stack.database.db
      .update(schema.churnPredictions)
      .set({ validUntil: new Date(Date.now() - 1000) })
      .where(eq(schema.churnPredictions.id, first.id));
    const renewed = (await csm.client.query(RISK, { id })).account.churnRisk;
    expect(renewed.id).not.toBe(first.id);
    const rows = await storedPredictions(id);
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      [first.id, "EXPIRED"],
      [renewed.id, "ACTIVE"],
    ]);
  });

  it("returns the stored prediction from predictChurn, and a new one superseding it with forceRefresh", async () => {
    const csm = await (await stack.createOrg()).user("manager");
    const id = await newAccount(csm);
    const stored = (await csm.client.query(PREDICT, { id })).predictChurn;
    expect(stored).toMatchObject({ fromStore: false, errors: [], prediction: { source: "RULES", status: "ACTIVE" } });
    const replay = (await csm.client.query(PREDICT, { id, force: false })).predictChurn;
    expect(replay).toMatchObject({ fromStore: true, prediction: { id: stored.prediction.id } });
    const forced = (await csm.client.query(PREDICT, { id, force: true })).predictChurn;
    expect(forced.fromStore).toBe(false);
    expect(forced.prediction.id).not.toBe(stored.prediction.id);
    expect((await storedPredictions(id)).map((r) => r.status)).toEqual(["SUPERSEDED", "ACTIVE"]);
    expect((await csm.client.query(RISK, { id })).account.churnRisk.id).toBe(forced.prediction.id);
  });

  it("trains the organization's model from its outcomes and predicts with it afterwards", async () => {
    const org = await stack.createOrg();
    const manager = await org.user("manager");
    const ids = await portfolio(manager, 24, 3);
    const open = await newAccount(manager);
    await signals(manager, [{ accountId: open, type: "LOGIN", value: 20, occurredAt: ago(100) }]);
    expect((await manager.client.query(RISK, { id: open })).account.churnRisk.source).toBe("RULES");

    const trained = (await manager.client.query(TRAIN)).trainChurnModel;
    expect(trained.errors).toEqual([]);
    expect(trained.model).toMatchObject({ version: 1, accounts: ids.length, churned: 8 });
    expect(trained.model.modelVersion).toMatch(/^churn-model\/1@/);
    expect(trained.model.metrics.heldOutAccounts).toBe(5);
    expect(trained.model.metrics.model.brier).toBeGreaterThan(0);

    const risk = (await manager.client.query(RISK, { id: open })).account.churnRisk;
    expect(risk.source).toBe("MODEL");
    expect(risk.modelVersion).toBe(trained.model.modelVersion);
    expect(risk.explanation).toMatch(/Learned from 24 accounts/);
    const model = await manager.client.query(`{ churnModel { version accounts } }`);
    expect(model.churnModel).toEqual({ version: 1, accounts: 24 });
  });

  it("refuses a rep who trains with FORBIDDEN, and an organization without outcomes with NO_TRAINING_DATA", async () => {
    const org = await stack.createOrg();
    const rep = await org.user("rep");
    const refused = await rep.client.raw(TRAIN);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const manager = await org.user("manager");
    expect((await manager.client.query(TRAIN)).trainChurnModel).toEqual({ model: null, errors: [{ field: "organization", code: "NO_TRAINING_DATA" }] });
    expect(await stack.database.db.select().from(schema.churnModels).where(eq(schema.churnModels.organizationId, org.id))).toEqual([]);
  });

  it("validates every prediction whose window covers a recorded outcome, and reports their accuracy", async () => {
    const org = await stack.createOrg();
    const csm = await org.user("manager");
    const from = new Date(Date.now() - 1000).toISOString();
    // Weak health, marked at risk, no activity: the rules say CRITICAL.
    const doomed = await newAccount(csm, { healthScore: 10, lifecycleStage: "AT_RISK" });
    const fine = await newAccount(csm, { healthScore: 95 });
    const high = (await csm.client.query(RISK, { id: doomed })).account.churnRisk;
    const low = (await csm.client.query(RISK, { id: fine })).account.churnRisk;
    expect(high.riskCategory).toBe("CRITICAL");
    expect(low.riskCategory).toBe("LOW");
    await outcome(csm, doomed, "CHURNED", new Date().toISOString());
    await outcome(csm, fine, "CHURNED", new Date().toISOString());
    const [doomedRow] = await storedPredictions(doomed);
    const [fineRow] = await storedPredictions(fine);
    expect(doomedRow).toMatchObject({ actualOutcome: "CHURNED", wasAccurate: true });
    expect(fineRow).toMatchObject({ actualOutcome: "CHURNED", wasAccurate: false });
    // An outcome before a prediction was made is outside its window: the prediction stays unvalidated.
    const earlier = await newAccount(csm, { healthScore: 95 });
    await csm.client.query(RISK, { id: earlier });
    await outcome(csm, earlier, "RENEWED", ago(10));
    expect((await storedPredictions(earlier))[0]).toMatchObject({ actualOutcome: null, wasAccurate: null });

    const to = new Date(Date.now() + 1000).toISOString();
    const { churnPredictionAccuracy: acc } = await csm.client.query(
      `query($from: DateTime!, $to: DateTime!) { churnPredictionAccuracy(from: $from, to: $to) { validated churned accurate auc brier precisionAtHigh recallAtHigh bySource { source validated accurate } } }`,
      { from, to },
    );
    expect(acc).toMatchObject({
      validated: 2,
      churned: 2,
      accurate: 1,
      auc: null,
      precisionAtHigh: 1,
      recallAtHigh: 0.5,
      bySource: [{ source: "RULES", validated: 2, accurate: 1 }],
    });
    expect(acc.brier).toBeCloseTo(((1 - high.probability) ** 2 + (1 - low.probability) ** 2) / 2, 9);
  });

  it("raises one RISK CTA from a HIGH prediction, however often it is predicted", async () => {
    const csm = await (await stack.createOrg()).user("manager");
    const id = await newAccount(csm, { healthScore: 10, lifecycleStage: "AT_RISK", csmId: csm.id });
    const first = (await csm.client.query(RISK, { id })).account.churnRisk;
    await csm.client.query(PREDICT, { id, force: true });
    await csm.client.query(PREDICT, { id, force: true });
    const { account } = await csm.client.query(`query($id: ID!) { account(id: $id) { ctas { type reason source sourceRef priority ownerId } } }`, { id });
    expect(account.ctas).toEqual([{ type: "RISK", reason: "CHURN_RISK_HIGH", source: "PREDICTION", sourceRef: first.id, priority: "URGENT", ownerId: csm.id }]);
  });

  it("raises a RISK / HEALTH_DROP CTA when a health recomputation finds an anomaly", async () => {
    const csm = await (await stack.createOrg()).user("manager");
    const id = await newAccount(csm);
    for (let i = 0; i < 6; i++) await signals(csm, [{ accountId: id, type: "LOGIN", value: 3, occurredAt: ago(0.01) }]);
    const ctas = `query($id: ID!) { account(id: $id) { ctas { type reason source sourceRef priority } } }`;
    expect((await csm.client.query(ctas, { id })).account.ctas).toEqual([]);
    // Five escalations and an NPS of 0 drop health 75 → 45 against a flat history (see account-signals.int.test.ts).
    await signals(csm, [
      { accountId: id, type: "TICKET_ESCALATED", value: 5, occurredAt: ago(0.01) },
      { accountId: id, type: "NPS", value: 0, occurredAt: ago(0.01) },
    ]);
    const [total] = await stack.database.db
      .select()
      .from(schema.accountAnomalies)
      .where(and(eq(schema.accountAnomalies.accountId, id), eq(schema.accountAnomalies.measure, "TOTAL")));
    expect((await csm.client.query(ctas, { id })).account.ctas).toEqual([{ type: "RISK", reason: "HEALTH_DROP", source: "ANOMALY", sourceRef: total!.id, priority: "HIGH" }]);
  });

  it("shows another organization no prediction, through the gateway or _entities", async () => {
    const a = await (await stack.createOrg()).user("manager");
    const b = await (await stack.createOrg()).user("manager");
    const id = await newAccount(a);
    const prediction = (await a.client.query(RISK, { id })).account.churnRisk;
    expect((await b.client.query(RISK, { id })).account).toBeNull();
    expect((await b.client.query(PREDICT, { id })).predictChurn.errors).toEqual([{ field: "accountId", code: "NOT_FOUND" }]);
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ChurnPrediction { id probability } } }`;
    const r = [{ __typename: "ChurnPrediction", id: prediction.id }];
    expect((await stack.direct("customer-success", b.token).query(entities, { r }))._entities).toEqual([null]);
    expect((await stack.direct("customer-success", a.token).query(entities, { r }))._entities).toEqual([{ id: prediction.id, probability: prediction.probability }]);
    expect((await b.client.query(`{ churnModel { version } }`)).churnModel).toBeNull();
  });

  it("answers bad input with coded errors and stores nothing", async () => {
    const org = await stack.createOrg();
    const csm = await org.user("manager");
    expect((await csm.client.query(PREDICT, { id: "not-an-id" })).predictChurn.errors).toEqual([{ field: "accountId", code: "INVALID_ID" }]);
    expect((await csm.client.query(PREDICT, { id: crypto.randomUUID() })).predictChurn.errors).toEqual([{ field: "accountId", code: "NOT_FOUND" }]);
    const churned = await newAccount(csm, { lifecycleStage: "CHURNED" });
    expect((await csm.client.query(PREDICT, { id: churned })).predictChurn.errors).toEqual([{ field: "accountId", code: "ACCOUNT_CHURNED" }]);
    expect((await csm.client.query(RISK, { id: churned })).account.churnRisk).toBeNull();
    const backwards = await csm.client.raw(`{ churnPredictionAccuracy(from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { validated } }`);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    const rows = await stack.database.db
      .select()
      .from(schema.churnPredictions)
      .where(and(eq(schema.churnPredictions.organizationId, org.id)));
    expect(rows).toEqual([]);
  });
});
