// Unit tests: the reps' spread learned across reps (empirical Bayes) and the pull it gives thin reps.
import { describe, expect, it } from "vitest";
import { isPersonalized } from "./explain";
import { LAMBDA_GRID } from "./lambda-selection";
import { logLoss } from "./metrics";
import { predictProbabilities } from "./predict";
import { groupRowsByRep, pauleMandel, spreadSelection } from "./rep-spread";
import { generateSyntheticOrg, mulberry32 } from "./synthetic";
import { trainOrgModel, trainRepModel } from "./train";
import type { LeadFacts } from "./features";

const NOW = new Date("2025-06-01T00:00:00Z");

describe("pauleMandel", () => {
  it("is zero when the deviations are no larger than their noise, and recovers a real spread", () => {
    expect(pauleMandel([0.1, -0.2, 0.05], [0.1, 0.1, 0.1])).toBe(0);
    const rng = mulberry32(5);
    const normal = () => Math.sqrt(-2 * Math.log(Math.max(rng(), 1e-12))) * Math.cos(2 * Math.PI * rng());
    // 4,000 reps whose true coefficients spread with τ² = 0.5, each measured with noise variance 0.2.
    const deltas = Array.from({ length: 4000 }, () => Math.sqrt(0.5) * normal() + Math.sqrt(0.2) * normal());
    expect(pauleMandel(deltas, deltas.map(() => 0.2))).toBeCloseTo(0.5, 1);
  });
});

describe("groupRowsByRep", () => {
  it("groups closed leads' rows by rep from a map or a function, leaving out leads without one", () => {
    const lead = (leadId: string) => ({ leadId }) as LeadFacts;
    const closed = [lead("a"), lead("b"), lead("c"), lead("d")];
    expect(groupRowsByRep(closed, new Map([["a", "r1"], ["b", "r2"], ["c", "r1"], ["d", null]]))).toEqual([[0, 2], [1]]);
    expect(groupRowsByRep(closed, (id) => (id === "b" ? null : "r"))).toEqual([[0, 2, 3]]);
  });
});

describe("trainOrgModel with each lead's rep", () => {
  const generated = generateSyntheticOrg({
    seed: 7,
    now: NOW,
    testSize: 300,
    reps: [
      { pattern: "propertyViews", trainSize: 250 },
      { pattern: "email", trainSize: 250 },
      { pattern: "team", trainSize: 250 },
      { pattern: "propertyViews", trainSize: 250 },
      { pattern: "propertyViews", trainSize: 20 },
      { pattern: "propertyViews", trainSize: 8 },
    ],
  });
  const orgFacts = generated.flatMap((r) => r.train.map((l) => l.facts));
  const repOf = new Map(generated.flatMap((r) => r.train.map((l) => [l.facts.leadId, r.repId] as const)));
  const withSpread = trainOrgModel({ orgFacts, now: NOW, repOf });
  const without = trainOrgModel({ orgFacts, now: NOW });
  const spread = withSpread.state.spread;
  const features = withSpread.state.encoder.features;
  const tau = (name: string) => Math.sqrt(spread?.variances[features.indexOf(name)] ?? NaN);

  it("learns from the reps that they differ on property views and email, not on the market's attributes", () => {
    expect(spread).not.toBeNull();
    expect(spread?.reps).toBe(4);
    expect(tau("activity.PROPERTY_VIEW")).toBeGreaterThan(0.4);
    expect(tau("activity.EMAIL_OPEN")).toBeGreaterThan(0.2);
    expect(tau("source.Referral")).toBeLessThan(0.05);
    expect(tau("attr.propertyType=house")).toBeLessThan(0.05);
    expect(spread?.scores.map((s) => s.lambda)).toContain(spread?.scale);
    // Without reps, or with the option off, there is no spread and reps choose their own λ.
    expect(without.state.spread).toBeNull();
    expect(trainOrgModel({ orgFacts, now: NOW, repOf, options: { empiricalBayes: false } }).state.spread).toBeNull();
  });

  it("re-learns the spread before the holdout cutoff for the holdout evaluation", () => {
    const holdoutSpread = withSpread.state.holdout?.spread;
    expect(holdoutSpread).toBeTruthy();
    expect(Array.from(holdoutSpread?.variances ?? [])).not.toEqual(Array.from(spread?.variances ?? []));
  });

  it("pulls a thin rep with the spread learned across reps, not with the strongest pull of its own CV", () => {
    const preferred = spreadSelection(spread!, features.length).preferred;
    const tiny = generated[5].train.map((l) => l.facts);
    const pooled = trainRepModel({ repFacts: tiny, orgFacts, now: NOW, org: withSpread }).rep;
    // Too few leads of one outcome to select anything: the shared pull, where it used to be the strongest one.
    expect(Math.min(pooled.positives, pooled.sampleSize - pooled.positives)).toBeLessThan(5);
    expect(pooled.lambda).toBe(preferred);
    expect(trainRepModel({ repFacts: tiny, orgFacts, now: NOW, org: without }).rep.lambda).toBe(LAMBDA_GRID[0]);
    // Per-weight pulls: the sources, on which reps do not differ, stay the team's.
    expect(Math.abs(pooled.weights["source.Referral"] - withSpread.model.weights["source.Referral"])).toBeLessThan(0.01);
  });

  it("lets a 20-lead property-view rep lean toward property views and predict its own leads better than the team model", () => {
    const thin = generated[4];
    const repFacts = thin.train.map((l) => l.facts);
    const pooled = trainRepModel({ repFacts, orgFacts, now: NOW, org: withSpread }).rep;
    // Its own cross-validation cannot tell the candidates apart: the tie goes to the shared pull.
    expect(pooled.lambda).toBe(spreadSelection(spread!, features.length).preferred);
    expect(pooled.weights["activity.PROPERTY_VIEW"]).toBeGreaterThan(withSpread.model.weights["activity.PROPERTY_VIEW"] + 0.2);
    // The per-weight pulls are recorded; explanations call the rep's own only the weights its leads outweigh.
    expect(pooled.pulls?.["activity.PROPERTY_VIEW"]).toBeCloseTo(pooled.lambda as number, 9);
    expect(pooled.pulls?.["source.Referral"]).toBeGreaterThan(100 * (pooled.lambda as number));
    expect(isPersonalized(pooled, "activity.PROPERTY_VIEW")).toBe(true);
    expect(isPersonalized(pooled, "source.Referral")).toBe(false);
    const test = thin.test.map((l) => l.facts);
    const y = test.map((f) => (f.outcome === "WON" ? 1 : 0));
    const loss = (model: typeof pooled) => logLoss(predictProbabilities(model, test, NOW), y);
    expect(loss(pooled)).toBeLessThan(loss(withSpread.model) - 0.02);
    // The per-rep choice alone keeps this rep on the team model.
    expect(loss(trainRepModel({ repFacts, orgFacts, now: NOW, org: without }).rep)).toBeGreaterThan(loss(pooled) + 0.02);
  });

  it("evaluates thin reps with the same pull in every fold", () => {
    const repFacts = generated[4].train.map((l) => l.facts);
    const { rep, evaluation } = trainRepModel({ repFacts, orgFacts, now: NOW, org: withSpread });
    expect(evaluation.method).toBe("cross-validation");
    expect(evaluation.testSize).toBe(20);
    expect(rep.lambda).not.toBeNull();
    expect(rep.lambda as number).toBeLessThan(LAMBDA_GRID[0]);
  });
});
