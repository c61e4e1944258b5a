import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestOrg, type TestStack, type TestUser } from "@revgraph/testkit";

const DAY = 86_400_000;
const MODEL_FIELDS = `id version level personalized active message sampleSize positives weights { feature weight }
  evaluation { method testSize model { auc brier logLoss calibrationError } default { auc logLoss } organization { logLoss }
    backtest { horizonDays cutoffs { at openLeads trainingLeads } overall { band leads won meanProbability observedRate } byAge { band leads won } lift { decile count observedRate lift cumulativeShareOfWins } } }`;
const RETRAIN = `mutation { retrainScoringModel { activated reason sampleSize improvements errors { field code }
  oldWeights { feature weight } newWeights { feature weight } model { ${MODEL_FIELDS} } } }`;
const PREDICT = `query($id: ID!) { lead(id: $id) { prediction { probability personalized modelVersion reasoning factors { name contribution } } } }`;

let stack: TestStack;
let org: TestOrg;
let viewsRep: TestUser; // wins when leads view properties
let emailRep: TestUser; // wins when leads open emails
beforeAll(async () => {
  stack = await startTestStack();
  org = await stack.createOrg();
  viewsRep = await org.user("rep");
  emailRep = await org.user("rep");
});
afterAll(async () => {
  await stack?.close();
});

/** Deterministic pseudo-random numbers, so the data and the test are the same on every run. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

/**
 * Closed leads for `rep` whose wins follow `driver`: each lead gets 0-5 of the driver activity and
 * 0-5 of the other; the more of the driver, the likelier the win. Goes through the public API.
 */
async function closedHistory(rep: TestUser, driver: "PROPERTY_VIEW" | "EMAIL_OPEN", count: number, seed: number) {
  const random = rng(seed);
  const other = driver === "PROPERTY_VIEW" ? "EMAIL_OPEN" : "PROPERTY_VIEW";
  const now = Date.now();
  const specs = Array.from({ length: count }, (_, i) => {
    const created = now - (120 - i) * DAY;
    const drive = Math.floor(random() * 6);
    const noise = Math.floor(random() * 6);
    const won = random() < 1 / (1 + Math.exp(-(drive - 2.5) * 1.6));
    return { created, drive, noise, won, i };
  });
  const created = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } errors { field code } } }`, {
    input: specs.map((s) => ({ name: `${driver} ${s.i}`, assignedToId: rep.id, createdAt: new Date(s.created).toISOString(), source: "Website" })),
  });
  const ids: string[] = created.createLeads.leads.map((l: { id: string }) => l.id);
  const activities = specs.flatMap((s, k) => [
    ...Array.from({ length: s.drive }, (_, j) => ({ leadId: ids[k], type: driver, occurredAt: new Date(s.created + (j + 1) * 3600_000).toISOString() })),
    ...Array.from({ length: s.noise }, (_, j) => ({ leadId: ids[k], type: other, occurredAt: new Date(s.created + (j + 1) * 3700_000).toISOString() })),
  ]);
  await rep.client.query(`mutation($input: [ActivityInput!]!) { recordActivities(input: $input) { errors { field } } }`, { input: activities });
  for (const [k, s] of specs.entries()) {
    await rep.client.query(`mutation($input: RecordConversionInput!) { recordConversion(input: $input) { errors { code } } }`, {
      input: { leadId: ids[k], outcome: s.won ? "WON" : "LOST", occurredAt: new Date(s.created + 10 * DAY).toISOString(), idempotencyKey: `close-${ids[k]}` },
    });
  }
}

/** An open lead (two days old unless told: the age the history's leads were judged at) with 5 property views in its first hours and no emails, created by `rep`. */
async function viewingLead(rep: TestUser, ageDays = 2): Promise<string> {
  const created = Date.now() - ageDays * DAY;
  const r = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, {
    input: [{ name: "Viewer", createdAt: new Date(created).toISOString() }],
  });
  const id = r.createLeads.leads[0].id;
  await rep.client.query(`mutation($input: [ActivityInput!]!) { recordActivities(input: $input) { errors { field } } }`, {
    input: Array.from({ length: 5 }, (_, j) => ({ leadId: id, type: "PROPERTY_VIEW", occurredAt: new Date(created + (j + 1) * 3600_000).toISOString() })),
  });
  return id;
}

describe("per-rep models", () => {
  it("uses the default model, and says so, before anyone has trained", async () => {
    const result = await viewsRep.client.query(`{ scoringModel { ${MODEL_FIELDS} } }`);
    expect(result.scoringModel).toMatchObject({ id: null, level: "DEFAULT", personalized: false, sampleSize: 0 });
    expect(result.scoringModel.message).toMatch(/default weights/);
  });

  it("reports that there is nothing to train on yet as a typed error", async () => {
    const result = await viewsRep.client.query(RETRAIN);
    expect(result.retrainScoringModel.errors).toEqual([{ field: "organization", code: "NO_TRAINING_DATA" }]);
    expect(result.retrainScoringModel.model).toBeNull();
  });

  it("gives two reps with opposite patterns opposite predictions for the same lead, with factors that explain it", async () => {
    await closedHistory(viewsRep, "PROPERTY_VIEW", 70, 1);
    await closedHistory(emailRep, "EMAIL_OPEN", 70, 2);
    const a = await viewsRep.client.query(RETRAIN);
    const b = await emailRep.client.query(RETRAIN);
    for (const r of [a, b]) {
      expect(r.retrainScoringModel.errors).toEqual([]);
      expect(r.retrainScoringModel.sampleSize).toBe(70);
      expect(r.retrainScoringModel.model).toMatchObject({ level: "REP", personalized: true, active: true });
      const evaluation = r.retrainScoringModel.model.evaluation;
      expect(evaluation.testSize).toBeGreaterThan(0);
      expect(evaluation.model.auc).toBeGreaterThan(0.6);
      expect(evaluation.default.logLoss).toBeGreaterThan(0);
      // The as-of backtest comes with every training: cutoffs in the past, the rep's leads open then, by age band.
      const { backtest } = evaluation;
      expect(backtest.horizonDays).toBe(90);
      expect(backtest.cutoffs.length).toBeGreaterThan(0);
      for (const c of backtest.cutoffs) expect(new Date(c.at).getTime()).toBeLessThan(Date.now() - 90 * DAY);
      expect(backtest.byAge.map((b: { band: string }) => b.band)).toEqual(["0-2 days", "3-14 days", "15-60 days", "over 60 days"]);
      expect(backtest.byAge.reduce((sum: number, b: { leads: number }) => sum + b.leads, 0)).toBe(backtest.overall.leads);
      // Lift by decile over the same leads: every lead counted once, each decile against the overall rate.
      const lift = backtest.lift as { decile: number; count: number; observedRate: number; lift: number; cumulativeShareOfWins: number }[];
      expect(lift.map((d) => d.decile)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(lift.reduce((sum, d) => sum + d.count, 0)).toBe(backtest.overall.leads);
      for (const d of lift) expect(d.lift).toBeCloseTo(d.observedRate / backtest.overall.observedRate, 10);
      expect(lift.at(-1)!.cumulativeShareOfWins).toBeCloseTo(1, 10);
    }
    const weight = (r: any, f: string) => r.retrainScoringModel.newWeights.find((w: any) => w.feature === f)?.weight ?? 0;
    expect(weight(a, "activity.PROPERTY_VIEW")).toBeGreaterThan(weight(a, "activity.EMAIL_OPEN"));
    expect(weight(b, "activity.EMAIL_OPEN")).toBeGreaterThan(weight(b, "activity.PROPERTY_VIEW"));

    const leadId = await viewingLead(viewsRep);
    const forViews = (await viewsRep.client.query(PREDICT, { id: leadId })).lead.prediction;
    const forEmail = (await emailRep.client.query(PREDICT, { id: leadId })).lead.prediction;
    expect(forViews.personalized).toBe(true);
    expect(forEmail.personalized).toBe(true);
    expect(forViews.probability).toBeGreaterThan(forEmail.probability + 0.2);
    const viewsFactor = (p: any) => p.factors.find((f: any) => f.name === "activity.PROPERTY_VIEW").contribution;
    expect(viewsFactor(forViews)).toBeGreaterThan(viewsFactor(forEmail));
    // The reasoning quotes a number the rep can check on this lead (its 5 property views, alone or within its recent activity).
    expect(forViews.reasoning, forViews.reasoning).toMatch(/this lead (has|had) 5\b/);
  });

  it("hands a prediction out by id only to the rep whose model made it, and to managers", async () => {
    // Regression: _entities(Prediction) gave any rep of the organization another rep's prediction, with that rep's model's factors.
    const leadId = await viewingLead(viewsRep);
    const { lead } = await viewsRep.client.query(`query($id: ID!) { lead(id: $id) { prediction { id } } }`, { id: leadId });
    const manager = await org.user("manager");
    const byId = async (user: TestUser) =>
      (
        await stack.direct("scoring", user.token).query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Prediction { id probability } } }`, {
          r: [{ __typename: "Prediction", id: lead.prediction.id }],
        })
      )._entities[0];
    expect(await byId(viewsRep)).toMatchObject({ id: lead.prediction.id });
    expect(await byId(emailRep)).toBeNull();
    expect(await byId(manager)).toMatchObject({ id: lead.prediction.id });
  });

  it("recommends the action that preceded the rep's own wins, citing the evidence", async () => {
    // Half a day old: the history's emails all came in their leads' first hours, so the evidence for a lead in its first week speaks of them.
    const leadId = await viewingLead(viewsRep, 0.5);
    const { lead } = await emailRep.client.query(`query($id: ID!) { lead(id: $id) { nextAction { action priority reasoning } } }`, { id: leadId });
    expect(lead.nextAction.action).toBe("EMAIL");
    expect(lead.nextAction.reasoning).toMatch(
      /^Of your \d+ closed leads still open at 7 days old, \d+ of the \d+ with an email exchange in their first week were won, \d+ of the \d+ without/,
    );
  });

  it("ranks next actions with nextAction first, each with its estimated success and lift from the rep's history", async () => {
    const leadId = await viewingLead(viewsRep, 0.5);
    const ACTIONS = `query($id: ID!, $first: Int) { lead(id: $id) { prediction { probability } nextAction { action priority reasoning dueAt }
      nextActions(first: $first) { action priority reasoning dueAt successProbability lift } } }`;
    const { lead } = await emailRep.client.query(ACTIONS, { id: leadId, first: 3 });
    expect(lead.nextActions.length).toBeGreaterThanOrEqual(1);
    expect(lead.nextActions.length).toBeLessThanOrEqual(3);
    const [top, ...rest] = lead.nextActions;
    expect({ action: top.action, priority: top.priority, reasoning: top.reasoning, dueAt: top.dueAt }).toEqual(lead.nextAction);
    // The rep's emails preceded their wins: taking the email step beats the lead's chance without it.
    expect(top.action).toBe("EMAIL");
    expect(top.lift).toBeGreaterThan(0);
    expect(top.successProbability).toBeCloseTo(lead.prediction.probability + top.lift, 9);
    for (const r of rest) expect(r.lift).toBeGreaterThan(0);
    expect((await emailRep.client.query(ACTIONS, { id: leadId, first: 1 })).lead.nextActions).toHaveLength(1);
    const tooMany = await emailRep.client.raw(ACTIONS, { id: leadId, first: 7 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    // Another organization's rep asking the scoring subgraph directly gets nothing for this lead.
    const stranger = await (await stack.createOrg()).user("rep");
    const direct = await stack
      .direct("scoring", stranger.token)
      .query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { nextAction { action } nextActions { action } } } }`, {
        r: [{ __typename: "Lead", id: leadId }],
      });
    expect(direct._entities[0]).toBeNull();
  });

  it("never changes another rep's model or predictions when one rep's outcomes are recorded and retrained", async () => {
    const leadId = await viewingLead(viewsRep);
    const modelBefore = (await viewsRep.client.query(`{ scoringModel { id version weights { feature weight } } }`)).scoringModel;
    const before = (await viewsRep.client.query(PREDICT, { id: leadId })).lead.prediction;
    await closedHistory(emailRep, "EMAIL_OPEN", 20, 3);
    const retrained = await emailRep.client.query(RETRAIN);
    expect(retrained.retrainScoringModel.sampleSize).toBe(90);
    const modelAfter = (await viewsRep.client.query(`{ scoringModel { id version weights { feature weight } } }`)).scoringModel;
    const after = (await viewsRep.client.query(PREDICT, { id: leadId })).lead.prediction;
    expect(modelAfter).toEqual(modelBefore);
    expect(after.probability).toBe(before.probability);
    expect(after.modelVersion).toBe(before.modelVersion);
  });

  it("lets a rep without closed leads use the team's model, unpersonalized", async () => {
    const newcomer = await org.user("rep");
    const model = (await newcomer.client.query(`{ scoringModel { level personalized sampleSize message } }`)).scoringModel;
    expect(model).toMatchObject({ level: "ORGANIZATION", personalized: false });
    expect(model.sampleSize).toBeGreaterThanOrEqual(160);
    const leadId = await viewingLead(newcomer);
    const prediction = (await newcomer.client.query(PREDICT, { id: leadId })).lead.prediction;
    expect(prediction.personalized).toBe(false);
    expect(prediction.modelVersion).toMatch(/^org-v/);
  });

  it("keeps a history and rolls back to an earlier version", async () => {
    await viewsRep.client.query(RETRAIN);
    const history = (await viewsRep.client.query(`{ scoringModelHistory { version active } }`)).scoringModelHistory;
    expect(history.map((m: any) => m.version)).toEqual([2, 1]);
    const rollback = await viewsRep.client.query(`mutation { activateScoringModel(version: 1) { model { version active } errors { field code } } }`);
    expect(rollback.activateScoringModel).toEqual({ model: { version: 1, active: true }, errors: [] });
    expect((await viewsRep.client.query(`{ scoringModel { version } }`)).scoringModel.version).toBe(1);
    const missing = await viewsRep.client.query(`mutation { activateScoringModel(version: 99) { model { version } errors { field code } } }`);
    expect(missing.activateScoringModel).toEqual({ model: null, errors: [{ field: "version", code: "NOT_FOUND" }] });
    expect((await viewsRep.client.query(`{ scoringModel { version } }`)).scoringModel.version).toBe(1);
    const tooMany = await viewsRep.client.raw(`{ scoringModelHistory(first: 10000) { version } }`);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("reports every version's backtest metrics over time, from the stored evaluations: managers see the organization's, reps the team's and their own", async () => {
    const METRICS = `query($userId: ID, $level: ModelLevel, $first: Int!, $after: String) {
      modelMetricsHistory(userId: $userId, level: $level, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { id level userId version active trainedAt activatedAt trainingLeads trainingWins backtestLeads backtestWins
          model { auc brier logLoss calibrationError } team { auc brier } default { auc brier logLoss calibrationError } }
      }
    }`;
    type Point = {
      id: string;
      level: string;
      userId: string | null;
      version: number;
      active: boolean;
      trainedAt: string;
      backtestLeads: number;
      model: { auc: number; brier: number } | null;
      default: { brier: number } | null;
    };
    const all = async (user: TestUser, vars: Record<string, unknown> = {}) => {
      const points: Point[] = [];
      let after: string | null = null;
      for (;;) {
        const page: { modelMetricsHistory: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Point[] } } = await user.client.query(METRICS, {
          ...vars,
          first: 2,
          after,
        });
        points.push(...page.modelMetricsHistory.nodes);
        if (!page.modelMetricsHistory.pageInfo.hasNextPage) return { points, totalCount: page.modelMetricsHistory.totalCount };
        after = page.modelMetricsHistory.pageInfo.endCursor;
      }
    };
    const manager = await org.user("manager");
    const everything = await all(manager);
    expect(everything.totalCount).toBe(everything.points.length);
    const times = everything.points.map((p) => Date.parse(p.trainedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b)); // oldest first, across pages of two
    const owners = new Set(everything.points.map((p) => p.userId));
    expect(owners).toEqual(new Set([null, viewsRep.id, emailRep.id]));
    expect(everything.points.filter((p) => p.level === "ORGANIZATION").every((p) => p.userId === null)).toBe(true);

    // The figures are the ones each model's own evaluation reports, next to the default's on the same leads.
    const own = (await viewsRep.client.query(`{ scoringModelHistory { id evaluation { backtest { overall { leads model { auc brier } default { brier } } } } } }`))
      .scoringModelHistory;
    for (const model of own) {
      const point = everything.points.find((p) => p.id === model.id)!;
      expect(point.level).toBe("REP");
      expect(point.backtestLeads).toBe(model.evaluation.backtest.overall.leads);
      expect(point.model).toMatchObject(model.evaluation.backtest.overall.model);
      expect(point.default?.brier).toBe(model.evaluation.backtest.overall.default.brier);
      expect(point.backtestLeads).toBeGreaterThan(0);
    }

    // A rep sees the team's versions and their own, never another rep's, and may not ask for another rep's.
    const mine = await all(viewsRep);
    expect(mine.points.map((p) => p.id)).toEqual(everything.points.filter((p) => p.userId === null || p.userId === viewsRep.id).map((p) => p.id));
    const forbidden = await viewsRep.client.raw(METRICS, { userId: emailRep.id, first: 10 });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // A manager may narrow to one rep (with the team's for comparison) or to one level.
    const emails = await all(manager, { userId: emailRep.id, level: "REP" });
    expect(emails.points.map((p) => p.userId)).toEqual(everything.points.filter((p) => p.userId === emailRep.id).map(() => emailRep.id));
    expect((await all(manager, { level: "DEFAULT" })).points).toEqual([]);
    // Another organization sees none; forged cursors and oversized pages are refused, naming the argument.
    const outsider = await (await stack.createOrg()).user("manager");
    expect((await all(outsider)).points).toEqual([]);
    for (const [vars, field] of [
      [{ first: 2, after: "bm9wZQ" }, "after"],
      [{ first: 101 }, "first"],
    ] as const) {
      const bad = await manager.client.raw(METRICS, vars);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });

  it("keeps organizations apart: another organization's retraining sees none of this data", async () => {
    const outsider = await (await stack.createOrg()).user("rep");
    const result = await outsider.client.query(RETRAIN);
    expect(result.retrainScoringModel.errors).toEqual([{ field: "organization", code: "NO_TRAINING_DATA" }]);
    expect((await outsider.client.query(`{ scoringModel { level } }`)).scoringModel.level).toBe("DEFAULT");
  });
});
