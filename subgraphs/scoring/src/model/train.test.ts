// Unit tests: org/rep training on synthetic reps — landmark rows, pooling, opposite patterns, divergence, evaluation, JSON.
import { fitLevel, logLoss } from "@revgraph/learning";
import { describe, expect, it } from "vitest";
import { DAY_MS, type LeadFacts } from "./features";
import { landmarkRows, type TrainingRow } from "./landmarks";
import { designMatrix } from "./design-matrix";
import { isPersonalized } from "./explain";
import { predict, predictAt } from "./predict";
import { generateSyntheticOrg, type RepPattern } from "./synthetic";
import { trainOrgModel, trainRepModel } from "./train";
import type { TrainedModel } from "./model-types";
import { leadCounts, type OrgTraining } from "./training-state";

const NOW = new Date("2025-06-01T00:00:00Z");

function org(seed: number, reps: { pattern: RepPattern; trainSize: number }[], testSize = 300) {
  const generated = generateSyntheticOrg({ seed, now: NOW, reps, testSize });
  const orgFacts = generated.flatMap((r) => r.train.map((l) => l.facts));
  return { generated, orgFacts, training: trainOrgModel({ orgFacts, now: NOW }) };
}

/** The org's training rows of these leads, in org row order. */
function rowsOf(training: OrgTraining, facts: LeadFacts[]): TrainingRow[] {
  const { state } = training;
  return facts
    .flatMap((f) => state.rowsByLead.get(f.leadId) ?? [])
    .sort((a, b) => a - b)
    .map((i) => state.rows[i]);
}

/** The same machinery without pooling: prior at zero, λ chosen by the same cross-validation, on the rep's own rows. */
function repOnly(training: OrgTraining, repFacts: LeadFacts[]): TrainedModel {
  const { encoder } = training.state;
  const fit = fitLevel(designMatrix(encoder, rowsOf(training, repFacts)), { weights: new Float64Array(encoder.features.length), intercept: 0 }, null);
  const rec = (v: ArrayLike<number>) => Object.fromEntries(encoder.features.map((f, j) => [f, v[j]]));
  return { ...training.model, level: "rep", weights: rec(fit.weights), intercept: fit.intercept, variances: rec(fit.variances) };
}

/** Held-out log loss on the landmark rows of held-out leads: each scored as known at the row's instant. */
function heldOutLoss(model: TrainedModel, rows: TrainingRow[]): number {
  return logLoss(
    Float64Array.from(rows, (r) => predictAt(model, r.facts, r.at).probability),
    rows.map((r) => r.y),
  );
}

describe("trainRepModel", () => {
  const { generated, orgFacts, training } = org(7, [
    { pattern: "propertyViews", trainSize: 400 },
    { pattern: "email", trainSize: 400 },
    { pattern: "team", trainSize: 600 },
    { pattern: "propertyViews", trainSize: 20 },
    { pattern: "email", trainSize: 20 },
    { pattern: "speed", trainSize: 20 },
    { pattern: "team", trainSize: 20 },
  ]);

  it("with no training rows of its own, the rep model is exactly the org model", () => {
    // A lead created yesterday: too young for a matured landmark row even as one of the org's leads.
    const young: LeadFacts = { ...orgFacts[0], leadId: "young-1", createdAt: new Date(NOW.getTime() - DAY_MS), closedAt: null, outcome: null, activities: [] };
    expect(landmarkRows([...orgFacts, young], NOW).filter((r) => r.facts.leadId === "young-1")).toEqual([]);
    const { org: orgModel, rep, evaluation } = trainRepModel({ repFacts: [young], orgFacts, now: NOW, org: training });
    expect(rep.weights).toEqual(orgModel.weights);
    expect(rep.intercept).toBe(orgModel.intercept);
    expect(rep.lambda).toBeNull();
    expect(rep.level).toBe("rep");
    expect(rep.sampleSize).toBe(0);
    expect(rep.divergence).toBe(0);
    expect(isPersonalized(rep)).toBe(false);
    expect(evaluation.testSize).toBe(0);
    expect(predict(rep, orgFacts[3], NOW).probability).toBe(predict(orgModel, orgFacts[3], NOW).probability);
  });

  it("pooling beats the rep-only model on thin reps (average held-out log loss over four 20-lead reps)", () => {
    // Guards against λ selection that lets a thin rep's model chase noise instead of leaning on the team.
    const thin = generated.filter((r) => r.train.length === 20);
    const losses = thin.map((r) => {
      const repFacts = r.train.map((l) => l.facts);
      const test = landmarkRows(
        r.test.map((l) => l.facts),
        NOW,
      );
      const pooled = trainRepModel({ repFacts, orgFacts, now: NOW, org: training }).rep;
      return { pooled: heldOutLoss(pooled, test), alone: heldOutLoss(repOnly(training, repFacts), test) };
    });
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(losses.map((l) => l.pooled))).toBeLessThan(mean(losses.map((l) => l.alone)) - 0.02);
  });

  it("two reps with opposite patterns get opposite predictions for the same lead", () => {
    const [views, email] = generated;
    const a = trainRepModel({ repFacts: views.train.map((l) => l.facts), orgFacts, now: NOW, org: training }).rep;
    const b = trainRepModel({ repFacts: email.train.map((l) => l.facts), orgFacts, now: NOW, org: training }).rep;
    expect(a.weights["activity.PROPERTY_VIEW"]).toBeGreaterThan(b.weights["activity.PROPERTY_VIEW"]);
    expect(b.weights["activity.EMAIL_OPEN"]).toBeGreaterThan(a.weights["activity.EMAIL_OPEN"]);
    const at = (d: number) => new Date(NOW.getTime() - d * DAY_MS);
    const base = { createdAt: at(30), closedAt: null, outcome: null, source: "Website", attributes: {} } as const;
    const viewer: LeadFacts = { ...base, leadId: "viewer", activities: Array.from({ length: 6 }, (_, i) => ({ type: "PROPERTY_VIEW" as const, occurredAt: at(2 + i) })) };
    const reader: LeadFacts = {
      ...base,
      leadId: "reader",
      activities: Array.from({ length: 12 }, (_, i) => ({ type: i % 3 ? ("EMAIL_OPEN" as const) : ("EMAIL_CLICK" as const), occurredAt: at(2 + i) })),
    };
    expect(predict(a, viewer, NOW).probability).toBeGreaterThan(predict(b, viewer, NOW).probability);
    expect(predict(b, reader, NOW).probability).toBeGreaterThan(predict(a, reader, NOW).probability);
  });

  it("measures a rep model's divergence from the team model on the rep's own rows: personal for a rep with its own pattern, not for one selling like the team", () => {
    /** Unclamped log-odds of a model for a row: intercept plus every factor's contribution. */
    const logOdds = (m: TrainedModel, r: TrainingRow) => predictAt(m, r.facts, r.at).factors.reduce((s, f) => s + f.contribution, m.intercept);
    const rms = (m: TrainedModel, rows: TrainingRow[]) => Math.sqrt(rows.reduce((s, r) => s + (logOdds(m, r) - logOdds(training.model, r)) ** 2, 0) / rows.length);
    const viewsFacts = generated[0].train.map((l) => l.facts);
    const views = trainRepModel({ repFacts: viewsFacts, orgFacts, now: NOW, org: training }).rep;
    expect(views.divergence).toBeCloseTo(rms(views, rowsOf(training, viewsFacts)), 9);
    expect(views.divergence).toBeGreaterThanOrEqual(0.25);
    expect(isPersonalized(views)).toBe(true);
    // 600 leads of a rep who sells like the team: plenty of data, but no measurable difference.
    const teamFacts = generated[2].train.map((l) => l.facts);
    const team = trainRepModel({ repFacts: teamFacts, orgFacts, now: NOW, org: training }).rep;
    expect(team.sampleSize).toBeGreaterThan(400);
    expect(team.divergence).toBeCloseTo(rms(team, rowsOf(training, teamFacts)), 9);
    expect(team.divergence).toBeLessThan(0.1);
    expect(isPersonalized(team)).toBe(false);
  });

  it("reports rep, org and default models on the same held-out leads", () => {
    const repFacts = generated[0].train.map((l) => l.facts);
    const { rep, evaluation } = trainRepModel({ repFacts, orgFacts, now: NOW, org: training });
    expect(evaluation.method).toBe("holdout");
    // The landmark rows of the rep's leads in the org-wide holdout.
    const held = rowsOf(training, repFacts).filter((r) => training.state.holdout?.testIds.has(r.facts.leadId));
    expect(new Set(held.map((r) => r.lead)).size).toBeGreaterThanOrEqual(10);
    expect(evaluation.testSize).toBe(held.length);
    expect(evaluation.rep?.auc).not.toBeNull();
    expect(evaluation.organization).not.toBeNull();
    expect(evaluation.default).not.toBeNull();
    expect(rep.metrics.quality).toEqual(evaluation.rep);
    expect(rep.metrics.defaultQuality).toEqual(evaluation.default);
    expect(rep.metrics.organizationQuality).toEqual(evaluation.organization);
    // A thin rep: cross-validation by lead over all its landmark rows.
    const thinFacts = generated[3].train.map((l) => l.facts);
    const thin = trainRepModel({ repFacts: thinFacts, orgFacts, now: NOW, org: training }).evaluation;
    expect(thin.method).toBe("cross-validation");
    expect(thin.testSize).toBe(rowsOf(training, thinFacts).length);
    expect(thin.testSize).toBeGreaterThan(20);
  });

  it("reports a null AUC when the rep's held-out rows are all one outcome", () => {
    const lost = generated[0].train
      .map((l) => l.facts)
      .filter((f) => f.outcome === "LOST" && training.state.rowsByLead.has(f.leadId))
      .slice(0, 8);
    expect(lost).toHaveLength(8);
    const { evaluation, rep } = trainRepModel({ repFacts: lost, orgFacts, now: NOW, org: training });
    expect(evaluation.method).toBe("cross-validation");
    expect(evaluation.testSize).toBe(rowsOf(training, lost).length);
    expect(evaluation.rep?.auc).toBeNull();
    expect(evaluation.rep?.logLoss).toBeGreaterThan(0);
    expect(rep.sampleSize).toBe(8);
    expect(rep.positives).toBe(0);
  });

  it("produces JSON that predicts identically after a round trip", () => {
    const { rep } = trainRepModel({ repFacts: generated[0].train.map((l) => l.facts), orgFacts, now: NOW, org: training });
    const back = JSON.parse(JSON.stringify(rep)) as TrainedModel;
    expect(back).toEqual(rep);
    expect(back.divergence).toBe(rep.divergence);
    expect(predict(back, orgFacts[10], NOW)).toEqual(predict(rep, orgFacts[10], NOW));
    expect(rep.trainedAt).toBe(NOW.toISOString());
  });

  it("trains an org model from scratch when none is passed in", () => {
    const small = orgFacts.slice(0, 60);
    const { org: orgModel, rep } = trainRepModel({ repFacts: small.slice(0, 10), orgFacts: small, now: NOW });
    // Leads with at least one matured landmark row (the youngest have none yet).
    const counts = leadCounts(landmarkRows(small, NOW));
    expect(counts.leads).toBeGreaterThan(30);
    expect(counts.leads).toBeLessThan(60);
    expect(orgModel.sampleSize).toBe(counts.leads);
    expect(orgModel.positives).toBe(counts.positives);
    expect(rep.priorSampleSize).toBe(counts.leads);
    expect(rep.sampleSize).toBe(leadCounts(landmarkRows(small, NOW).filter((r) => r.lead < 10)).leads);
    expect(Object.keys(rep.weights)).toEqual(orgModel.encoder.features);
  });
});

describe("trainOrgModel", () => {
  it("trains on landmark rows of open and closed leads, counting leads (not rows) in its sample", () => {
    const closed = generateSyntheticOrg({ seed: 5, now: NOW, reps: [{ pattern: "team", trainSize: 40 }], testSize: 0 })[0].train.map((l) => l.facts);
    // An open lead created 200 days ago: its rows (all not won within the horizon) are training rows too.
    const open: LeadFacts = { ...closed[0], leadId: "open-old", createdAt: new Date(NOW.getTime() - 200 * DAY_MS), closedAt: null, outcome: null };
    const { model, state } = trainOrgModel({ orgFacts: [...closed, open], now: NOW, options: { evaluate: false } });
    const openRows = state.rows.filter((r) => r.facts.leadId === "open-old");
    expect(openRows.length).toBeGreaterThan(5);
    expect(openRows.every((r) => r.y === 0)).toBe(true);
    expect(state.rowsByLead.get("open-old")).toEqual(state.rows.flatMap((r, i) => (r.facts.leadId === "open-old" ? [i] : [])));
    const counts = leadCounts(state.rows);
    expect(state.rows.length).toBeGreaterThan(2 * counts.leads);
    expect(model.sampleSize).toBe(counts.leads);
    expect(model.positives).toBe(counts.positives);
    expect(model.positives).toBe(closed.filter((f) => f.outcome === "WON" && state.rows.some((r) => r.y === 1 && r.facts.leadId === f.leadId)).length);
    expect(model.encoder.trainingSize).toBe(state.rows.length);
  });

  it("evaluates a small org by cross-validation and a large one on a time-ordered holdout", () => {
    const small = org(5, [{ pattern: "team", trainSize: 40 }], 0).training;
    expect(small.evaluation.method).toBe("cross-validation");
    expect(small.state.rowsByLead.size).toBeLessThan(50);
    expect(small.evaluation.testSize).toBe(small.state.rows.length);
    expect(small.state.holdout).toBeNull();
    const large = org(5, [{ pattern: "team", trainSize: 300 }], 0).training;
    expect(large.evaluation.method).toBe("holdout");
    const testIds = large.state.holdout?.testIds ?? new Set<string>();
    // The latest 20% of the leads with rows, by creation, with all their rows.
    expect(testIds.size).toBe(Math.ceil(0.2 * large.state.rowsByLead.size));
    expect(large.evaluation.testSize).toBe(large.state.rows.filter((r) => testIds.has(r.facts.leadId)).length);
    const leads = [...new Map(large.state.rows.map((r) => [r.facts.leadId, r.facts])).values()];
    const cutoff = Math.min(...leads.filter((f) => testIds.has(f.leadId)).map((f) => f.createdAt.getTime()));
    expect(leads.filter((f) => !testIds.has(f.leadId)).every((f) => f.createdAt.getTime() <= cutoff)).toBe(true);
    expect(large.model.metrics.quality).toEqual(large.evaluation.organization);
    expect(large.model.metrics.defaultQuality).toEqual(large.evaluation.default);
  });

  it("with no training rows is the default model, and without outcomes is never confident", () => {
    const leads = generateSyntheticOrg({ seed: 3, now: NOW, reps: [{ pattern: "team", trainSize: 30 }], testSize: 0 })[0].train.map((l) => l.facts);
    // No row at all (no leads; or every lead closed the moment it was created).
    for (const orgFacts of [[], leads.map((f): LeadFacts => ({ ...f, closedAt: f.createdAt }))]) {
      const { model, evaluation, state } = trainOrgModel({ orgFacts, now: NOW });
      expect(state.rows).toHaveLength(0);
      expect(model.level).toBe("default");
      expect(model.sampleSize).toBe(0);
      expect(model.positives).toBe(0);
      expect(model.lambda).toBeNull();
      expect(evaluation.testSize).toBe(0);
      for (const f of orgFacts.slice(0, 5)) expect(predict(model, f, NOW).confidence).toBe("LOW");
    }
    // Only open leads: rows, but no win among them, so no evidence to be confident with.
    const open = leads.map((f): LeadFacts => ({ ...f, closedAt: null, outcome: null }));
    const { model, state } = trainOrgModel({ orgFacts: open, now: NOW });
    expect(model.positives).toBe(0);
    for (const f of open) expect(predict(model, f, NOW).confidence).toBe("LOW");
    // The default model expressed in the feature space is the prior: recent activity raises the
    // odds, more days since the last activity lower them, and speed to first call has no weight
    // until data says otherwise.
    const w = (name: string) => state.prior.weights[model.encoder.features.indexOf(name)];
    expect(model.encoder.features).toContain("firstCall");
    expect(model.encoder.features).toContain("recent");
    expect(model.encoder.features).toContain("recency");
    expect(w("recent")).toBeGreaterThan(0);
    expect(w("recency")).toBeLessThan(0);
    expect(w("firstCall")).toBe(0);
    expect(w("firstCall.missing")).toBe(0);
  });
});
