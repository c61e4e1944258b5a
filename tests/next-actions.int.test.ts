import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { schema } from "@revgraph/db";
import { hasOutdatedActiveModels, ScoringModelRepository } from "@revgraph/scoring";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const ACTIONS = `query($id: ID!) { lead(id: $id) { prediction { probability }
  nextAction { action priority reasoning dueAt }
  nextActions(first: 6) { action priority reasoning dueAt successProbability lift } } }`;
const ACTIVITIES = `mutation($input: [ActivityInput!]!) { recordActivities(input: $input) { errors { field code } } }`;

interface Ranked {
  action: string;
  priority: string;
  reasoning: string;
  dueAt: string | null;
  successProbability: number;
  lift: number | null;
}
interface Outlook {
  prediction: { probability: number };
  nextAction: Omit<Ranked, "successProbability" | "lift">;
  nextActions: Ranked[];
}

let stack: TestStack;
let rep: TestUser;
beforeAll(async () => {
  stack = await startTestStack();
  rep = await (await stack.createOrg()).user("rep");
  await callsThatLose(rep);
  const trained = await rep.client.query(`mutation { retrainScoringModel { activated errors { code } } }`);
  expect(trained.retrainScoringModel).toMatchObject({ activated: true, errors: [] });
});
afterAll(async () => {
  await stack?.close();
});

/**
 * 40 closed leads for the rep, each closed two weeks after its creation: 4 of the 20 called on their
 * fifth day were won against 16 of the 20 never called, and site visits (on the sixth day) mostly
 * preceded the wins. Calls and visits fall in the week after every landmark up to 5 days, and every
 * lead was still open when those weeks ended, so the history speaks for the new and 5-day-old leads
 * asked about here. Through the public API.
 */
async function callsThatLose(user: TestUser) {
  const now = Date.now();
  const specs = Array.from({ length: 40 }, (_, i) => {
    const call = i % 2 === 0;
    const won = call ? i % 10 === 0 : i % 5 !== 0;
    return { i, call, won, visit: won ? i % 3 !== 2 : i % 7 === 0, created: now - (100 - i) * DAY };
  });
  const created = await user.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, {
    input: specs.map((s) => ({ name: `History ${s.i}`, assignedToId: user.id, createdAt: new Date(s.created).toISOString() })),
  });
  const ids: string[] = created.createLeads.leads.map((l: { id: string }) => l.id);
  const at = (ms: number) => new Date(ms).toISOString();
  await user.client.query(ACTIVITIES, {
    input: specs.flatMap((s, k) => [
      ...(s.call ? [{ leadId: ids[k], type: "CALL", occurredAt: at(s.created + 5 * DAY) }] : []),
      ...(s.visit ? [{ leadId: ids[k], type: "SITE_VISIT", occurredAt: at(s.created + 6 * DAY) }] : []),
    ]),
  });
  for (const [k, s] of specs.entries()) {
    await user.client.query(`mutation($input: RecordConversionInput!) { recordConversion(input: $input) { errors { code } } }`, {
      input: { leadId: ids[k], outcome: s.won ? "WON" : "LOST", occurredAt: at(s.created + 14 * DAY), idempotencyKey: `close-${ids[k]}` },
    });
  }
}

async function openLead(name: string, activities: { type: string; hoursAgo: number }[] = [], createdDaysAgo = 0): Promise<string> {
  const created = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, {
    input: [{ name, assignedToId: rep.id, createdAt: new Date(Date.now() - createdDaysAgo * DAY).toISOString() }],
  });
  const id: string = created.createLeads.leads[0].id;
  if (activities.length) {
    await rep.client.query(ACTIVITIES, { input: activities.map((a) => ({ leadId: id, type: a.type, occurredAt: new Date(Date.now() - a.hoursAgo * HOUR).toISOString() })) });
  }
  return id;
}

async function outlook(id: string): Promise<Outlook> {
  return (await rep.client.query(ACTIONS, { id })).lead;
}

const pct = (p: number) => `${Math.round(p * 100)}%`;

/** A five-day-old lead with engagement above the hot threshold and nothing in the last day: the "hot lead left alone" rule's call. */
const hotLeftAlone = (name: string) =>
  openLead(name, [...Array.from({ length: 10 }, () => ({ type: "EMAIL_CLICK", hoursAgo: 30 })), ...Array.from({ length: 3 }, () => ({ type: "FORM_SUBMIT", hoursAgo: 30 }))], 5);

/** nextAction is the first of nextActions, field for field; every "moves this lead from X to about Y" states the numbers shown beside it. */
function expectConsistent(lead: Outlook) {
  const [first] = lead.nextActions;
  expect(first).toBeDefined();
  expect(lead.nextAction).toEqual({ action: first!.action, priority: first!.priority, reasoning: first!.reasoning, dueAt: first!.dueAt });
  for (const a of lead.nextActions) {
    for (const [, from, to] of a.reasoning.matchAll(/moves this lead from (\d+%) to about (\d+%)/g)) {
      expect([from, to], a.reasoning).toEqual([pct(lead.prediction.probability), pct(a.successProbability)]);
    }
  }
}

const storedPrediction = async (leadId: string) =>
  (
    await stack.database.db
      .select()
      .from(schema.predictions)
      .where(and(eq(schema.predictions.leadId, leadId), eq(schema.predictions.kind, "CONVERSION")))
  )[0]!;

describe("ranked next actions against the rep's own history", () => {
  it("does not recommend first a call the rep's history says lowers wins: the action replacing it says why", async () => {
    // Regression: a service rule put "CALL: 91% → 83%" first, above actions with positive lift.
    const lead = await outlook(await hotLeftAlone("Hot, left alone"));
    expectConsistent(lead);
    expect(lead.nextAction.action).toBe("SITE_VISIT");
    expect(lead.nextActions[0]!.lift).toBeGreaterThan(0);
    expect(lead.nextActions.map((a) => a.action)).not.toContain("CALL");
    expect(lead.nextAction.reasoning).toMatch(
      /Not a call first, though it is a hot lead with no touch for 1 day\. Of your 40 closed leads still open at 12 days old, 4 of the 20 with a call in the week after they were 5 days old were won, 16 of the 20 without/,
    );
  });

  it("keeps the first contact with a new lead first: nothing else can come before it", async () => {
    const lead = await outlook(await openLead("Fresh"));
    expectConsistent(lead);
    const [call] = lead.nextActions;
    expect(call).toMatchObject({ action: "CALL", priority: "HIGH" });
    expect(call!.reasoning).toContain(
      `A new lead nobody has contacted yet: leads called within the hour convert best. It is owed whatever the odds: by your history a call moves this lead from ${pct(lead.prediction.probability)} to about ${pct(call!.successProbability)}.`,
    );
  });

  it("keeps a requested callback first, owed whatever the odds, with the drop its numbers show", async () => {
    const lead = await outlook(await openLead("Asked for a call", [{ type: "CALLBACK_REQUEST", hoursAgo: 1 }]));
    expectConsistent(lead);
    const [call] = lead.nextActions;
    expect(call).toMatchObject({ action: "CALL", priority: "URGENT" });
    expect(call!.lift).toBeLessThan(0);
    expect(call!.reasoning).toContain(
      `It is owed whatever the odds: by your history a call moves this lead from ${pct(lead.prediction.probability)} to about ${pct(call!.successProbability)}.`,
    );
  });

  it("serves the same first action from the stored actions and from the computed fallback", async () => {
    const id = await openLead("Cached", [{ type: "EMAIL_OPEN", hoursAgo: 30 }]);
    const computed = await outlook(id);
    const cached = await outlook(id);
    expect(cached).toEqual(computed);
    // A row stored before predictions kept their actions: nextActions is computed on read, nextAction still its first.
    const row = await storedPrediction(id);
    await stack.database.db.update(schema.predictions).set({ actions: null }).where(eq(schema.predictions.id, row.id));
    const fallback = await outlook(id);
    expectConsistent(fallback);
    const withoutDue = (l: Outlook) => l.nextActions.map(({ dueAt: _dueAt, ...rest }) => rest);
    expect(withoutDue(fallback)).toEqual(withoutDue(computed));
  });

  it("serves no action evidence counted before landmarks until the model is retrained, which the next start does", async () => {
    // Regression guard: a model trained before landmark evidence keeps its old counts until retrained; served under today's texts they would be misdescribed.
    const { db } = stack.database;
    const active = and(eq(schema.scoringModels.userId, rep.id), eq(schema.scoringModels.active, true));
    const [model] = await db.select().from(schema.scoringModels).where(active);
    expect(await hasOutdatedActiveModels(db)).toBe(false);
    await db
      .update(schema.scoringModels)
      .set({ actionEvidence: { closedLeads: 40, wins: 8, actions: [] } })
      .where(eq(schema.scoringModels.id, model!.id));
    try {
      expect(await hasOutdatedActiveModels(db)).toBe(true);
      // The rule's call, with no history to pass it over or to rank anything after it.
      const lead = await outlook(await hotLeftAlone("Served by old evidence"));
      expect(lead.nextActions).toEqual([expect.objectContaining({ action: "CALL", lift: null, successProbability: lead.prediction.probability })]);
      // A retraining brings today's evidence, whether or not its model replaces the active one (a model kept active takes the new count).
      const retrained = await rep.client.query(`mutation { retrainScoringModel { activated errors { code } } }`);
      expect(retrained.retrainScoringModel.errors).toEqual([]);
      expect(await hasOutdatedActiveModels(db)).toBe(false);
      const after = await outlook(await hotLeftAlone("Served by retrained evidence"));
      expect(after.nextAction.action).toBe("SITE_VISIT");
    } finally {
      await db.update(schema.scoringModels).set({ actionEvidence: model!.actionEvidence }).where(eq(schema.scoringModels.id, model!.id));
    }
  });

  it("recomputes the actions a model cached when its evidence is replaced (a model kept active over a retraining takes the new count)", async () => {
    const { db } = stack.database;
    const models = new ScoringModelRepository(db, rep.organizationId);
    const id = await hotLeftAlone("Cached before new evidence");
    expect((await outlook(id)).nextAction.action).toBe("SITE_VISIT");
    const { modelKey } = await storedPrediction(id);
    const [model] = await db.select().from(schema.scoringModels).where(eq(schema.scoringModels.id, modelKey));
    await db.transaction((tx) => models.setEvidence(tx, modelKey, { closedLeads: 0, wins: 0, actions: [] }));
    try {
      expect((await storedPrediction(id)).fingerprint).toBe("");
      // Recomputed with what the model now carries: evidence counted an older way, so none is served.
      expect((await outlook(id)).nextActions).toEqual([expect.objectContaining({ action: "CALL", lift: null })]);
      expect((await storedPrediction(id)).fingerprint).not.toBe("");
    } finally {
      await db.transaction((tx) => models.setEvidence(tx, modelKey, model!.actionEvidence));
    }
  });

  it("recomputes actions stored by older code, on a lead's read and in the work list's refresh", async () => {
    // Regression guard: rows ranked by the old rule (the rule's CALL first whatever its lift) would otherwise be served until they aged out.
    const ids = [await hotLeftAlone("Stored long ago"), await hotLeftAlone("Stored long ago too")];
    for (const id of ids) await outlook(id);
    const oldAction = { action: "CALL" as const, priority: "HIGH" as const, reasoning: "old", dueAt: null, successProbability: 0.5, lift: -0.1 };
    const olden = async (id: string) => {
      const row = await storedPrediction(id);
      const oldFingerprint = row.fingerprint.slice(row.fingerprint.indexOf(":") + 1);
      await stack.database.db
        .update(schema.predictions)
        .set({ fingerprint: oldFingerprint, actions: [oldAction], actionPriority: "HIGH" })
        .where(eq(schema.predictions.id, row.id));
      return oldFingerprint;
    };
    const [onRead, inWorklist] = [await olden(ids[0]!), await olden(ids[1]!)];

    const read = await outlook(ids[0]!);
    expectConsistent(read);
    expect(read.nextAction.action).not.toBe("CALL");
    expect((await storedPrediction(ids[0]!)).fingerprint).not.toBe(onRead);

    // Only the stored order is asked for, so nothing but the work list's own refresh can rewrite the row.
    await rep.client.query(`{ worklist(first: 100) { edges { probability } } }`);
    const refreshed = await storedPrediction(ids[1]!);
    expect(refreshed.fingerprint).not.toBe(inWorklist);
    expect(refreshed.actions?.[0]?.action).not.toBe("CALL");
  });
});
