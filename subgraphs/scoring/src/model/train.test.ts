// Unit tests: org/rep training on synthetic reps — pooling, opposite patterns, evaluation, JSON.
import { describe, expect, it } from "vitest";
import { DAY_MS, type LeadFacts } from "./features";
import { logLoss } from "./metrics";
import { designMatrix } from "./design-matrix";
import { fitLevel } from "./pooling";
import { predict, predictProbabilities } from "./predict";
import { generateSyntheticOrg, type RepPattern } from "./synthetic";
import { trainOrgModel, trainRepModel } from "./train";
import type { TrainedModel } from "./model-types";
import { closedLeads, type OrgTraining } from "./training-state";

const NOW = new Date("2025-06-01T00:00:00Z");

function org(seed: number, reps: { pattern: RepPattern; trainSize: number }[], testSize = 300) {
  const generated = generateSyntheticOrg({ seed, now: NOW, reps, testSize });
  const orgFacts = generated.flatMap((r) => r.train.map((l) => l.facts));
  return { generated, orgFacts, training: trainOrgModel({ orgFacts, now: NOW }) };
}

/** The same machinery without pooling: prior at zero, λ chosen by the same cross-validation. */
function repOnly(training: OrgTraining, repFacts: LeadFacts[]): TrainedModel {
  const { encoder } = training.state;
  const fit = fitLevel(designMatrix(encoder, closedLeads(repFacts), NOW), { weights: new Float64Array(encoder.features.length), intercept: 0 }, null);
  const rec = (v: ArrayLike<number>) => Object.fromEntries(encoder.features.map((f, j) => [f, v[j]]));
  return { ...training.model, level: "rep", weights: rec(fit.weights), intercept: fit.intercept, variances: rec(fit.variances) };
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

  it("with zero closed leads, the rep model is exactly the org model", () => {
    const open: LeadFacts = { ...orgFacts[0], leadId: "open-1", closedAt: null, outcome: null };
    const { org: orgModel, rep, evaluation } = trainRepModel({ repFacts: [open], orgFacts, now: NOW, org: training });
    expect(rep.weights).toEqual(orgModel.weights);
    expect(rep.intercept).toBe(orgModel.intercept);
    expect(rep.lambda).toBeNull();
    expect(rep.level).toBe("rep");
    expect(rep.sampleSize).toBe(0);
    expect(evaluation.testSize).toBe(0);
    expect(predict(rep, orgFacts[3], NOW).probability).toBe(predict(orgModel, orgFacts[3], NOW).probability);
  });

  it("pooling beats the rep-only model on thin reps (average held-out log loss over four 20-lead reps)", () => {
    // Guards against λ selection that lets a thin rep's model chase noise instead of leaning on the team.
    const thin = generated.filter((r) => r.train.length === 20);
    const losses = thin.map((r) => {
      const repFacts = r.train.map((l) => l.facts);
      const test = r.test.map((l) => l.facts);
      const y = test.map((f) => (f.outcome === "WON" ? 1 : 0));
      const pooled = trainRepModel({ repFacts, orgFacts, now: NOW, org: training }).rep;
      return { pooled: logLoss(predictProbabilities(pooled, test, NOW), y), alone: logLoss(predictProbabilities(repOnly(training, repFacts), test, NOW), y) };
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
    const reader: LeadFacts = { ...base, leadId: "reader", activities: Array.from({ length: 12 }, (_, i) => ({ type: i % 3 ? ("EMAIL_OPEN" as const) : ("EMAIL_CLICK" as const), occurredAt: at(2 + i) })) };
    expect(predict(a, viewer, NOW).probability).toBeGreaterThan(predict(b, viewer, NOW).probability);
    expect(predict(b, reader, NOW).probability).toBeGreaterThan(predict(a, reader, NOW).probability);
  });

  it("reports rep, org and default models on the same held-out leads", () => {
    const { rep, evaluation } = trainRepModel({ repFacts: generated[0].train.map((l) => l.facts), orgFacts, now: NOW, org: training });
    expect(evaluation.method).toBe("holdout");
    expect(evaluation.testSize).toBeGreaterThan(10);
    expect(evaluation.rep?.auc).not.toBeNull();
    expect(evaluation.organization).not.toBeNull();
    expect(evaluation.default).not.toBeNull();
    expect(rep.metrics.quality).toEqual(evaluation.rep);
    expect(rep.metrics.defaultQuality).toEqual(evaluation.default);
    const thin = trainRepModel({ repFacts: generated[3].train.map((l) => l.facts), orgFacts, now: NOW, org: training }).evaluation;
    expect(thin.method).toBe("cross-validation");
    expect(thin.testSize).toBe(20);
  });

  it("reports a null AUC when the rep's held-out leads are all one outcome", () => {
    const lost = generated[0].train.slice(0, 8).map((l): LeadFacts => ({ ...l.facts, leadId: `lost-${l.facts.leadId}`, outcome: "LOST" }));
    const { evaluation, rep } = trainRepModel({ repFacts: lost, orgFacts: [...orgFacts, ...lost], now: NOW, org: training });
    expect(evaluation.method).toBe("cross-validation");
    expect(evaluation.rep?.auc).toBeNull();
    expect(evaluation.rep?.logLoss).toBeGreaterThan(0);
    expect(rep.positives).toBe(0);
  });

  it("produces JSON that predicts identically after a round trip", () => {
    const { rep } = trainRepModel({ repFacts: generated[0].train.map((l) => l.facts), orgFacts, now: NOW, org: training });
    const back = JSON.parse(JSON.stringify(rep)) as TrainedModel;
    expect(back).toEqual(rep);
    expect(predict(back, orgFacts[10], NOW)).toEqual(predict(rep, orgFacts[10], NOW));
    expect(rep.trainedAt).toBe(NOW.toISOString());
  });

  it("trains an org model from scratch when none is passed in", () => {
    const small = orgFacts.slice(0, 60);
    const { org: orgModel, rep } = trainRepModel({ repFacts: small.slice(0, 10), orgFacts: small, now: NOW });
    expect(orgModel.sampleSize).toBe(60);
    expect(rep.priorSampleSize).toBe(60);
    expect(Object.keys(rep.weights)).toEqual(orgModel.encoder.features);
  });
});

describe("trainOrgModel", () => {
  it("evaluates a small org by cross-validation and a large one on a time-ordered holdout", () => {
    const small = org(5, [{ pattern: "team", trainSize: 40 }], 0).training;
    expect(small.evaluation.method).toBe("cross-validation");
    expect(small.evaluation.testSize).toBe(40);
    expect(small.state.holdout).toBeNull();
    const large = org(5, [{ pattern: "team", trainSize: 300 }], 0).training;
    expect(large.evaluation.method).toBe("holdout");
    expect(large.evaluation.testSize).toBe(60);
    // The held-out leads are the latest closes.
    const cutoff = Math.min(...large.state.closed.filter((f) => large.state.holdout?.testIds.has(f.leadId)).map((f) => (f.closedAt as Date).getTime()));
    expect(large.state.closed.filter((f) => !large.state.holdout?.testIds.has(f.leadId)).every((f) => (f.closedAt as Date).getTime() <= cutoff)).toBe(true);
    expect(large.model.metrics.quality).toEqual(large.evaluation.organization);
    expect(large.model.metrics.defaultQuality).toEqual(large.evaluation.default);
  });


  it("with no closed leads is the default model expressed in the feature space", () => {
    const open = generateSyntheticOrg({ seed: 3, now: NOW, reps: [{ pattern: "team", trainSize: 30 }], testSize: 0 })[0].train.map(
      (l): LeadFacts => ({ ...l.facts, closedAt: null, outcome: null }),
    );
    const { model, evaluation } = trainOrgModel({ orgFacts: open, now: NOW });
    expect(model.level).toBe("default");
    expect(model.sampleSize).toBe(0);
    expect(model.lambda).toBeNull();
    expect(evaluation.testSize).toBe(0);
    expect(model.weights.engagement ?? 0).toBeGreaterThanOrEqual(0);
    expect(model.weights.recency).toBeGreaterThan(0);
    // Speed to first call is not part of the default model: zero weight until data says otherwise.
    expect(model.encoder.features).toContain("firstCall");
    expect(model.weights.firstCall).toBe(0);
    expect(model.weights["firstCall.missing"]).toBe(0);
    expect(predict(model, open[0], NOW).confidence).toBe("LOW");
  });
});
