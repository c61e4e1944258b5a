// Unit tests: the reps' spread learned across reps (empirical Bayes) and the pull it gives thin reps.
import { LAMBDA_GRID, logLoss, mulberry32 } from "@revgraph/learning";
import { describe, expect, it } from "vitest";
import { isPersonalized, PERSONALIZED_DIVERGENCE } from "./explain";
import { landmarkRows, type TrainingRow } from "./landmarks";
import type { TrainedModel } from "./model-types";
import { predictAt } from "./predict";
import { groupRowsByRep, pauleMandel, spreadSelection } from "./rep-spread";
import { generateSyntheticOrg } from "./synthetic";
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
    expect(
      pauleMandel(
        deltas,
        deltas.map(() => 0.2),
      ),
    ).toBeCloseTo(0.5, 1);
  });
});

describe("groupRowsByRep", () => {
  it("groups every landmark row of a lead with its rep, from a map or a function, leaving out leads without one", () => {
    const facts = (leadId: string) => ({ leadId }) as LeadFacts;
    const row = (leadId: string, lead: number, day: number): TrainingRow => ({ facts: facts(leadId), at: new Date(NOW.getTime() + day * 86_400_000), y: 0, lead });
    // Leads a (2 rows), b (1), c (3), d (2), rows in landmark order lead by lead.
    const rows = [row("a", 0, 0), row("a", 0, 1), row("b", 1, 0), row("c", 2, 0), row("c", 2, 1), row("c", 2, 3), row("d", 3, 0), row("d", 3, 1)];
    expect(
      groupRowsByRep(
        rows,
        new Map([
          ["a", "r1"],
          ["b", "r2"],
          ["c", "r1"],
          ["d", null],
        ]),
      ),
    ).toEqual([[0, 1, 3, 4, 5], [2]]);
    expect(groupRowsByRep(rows, (id) => (id === "b" ? null : "r"))).toEqual([[0, 1, 3, 4, 5, 6, 7]]);
    expect(groupRowsByRep(rows, () => undefined)).toEqual([]);
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

  it("learns from the reps that they differ on property views (as of the instant and in the first week), not on the market's attributes", () => {
    expect(spread).not.toBeNull();
    expect(spread?.reps).toBe(4);
    expect(tau("activity.PROPERTY_VIEW")).toBeGreaterThan(0.1);
    expect(tau("early.PROPERTY_VIEW")).toBeGreaterThan(0.2);
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
    const perRep = trainRepModel({ repFacts, orgFacts, now: NOW, org: without }).rep;
    // Its own cross-validation cannot tell the candidates apart: the tie goes to the shared pull.
    expect(pooled.lambda).toBe(spreadSelection(spread!, features.length).preferred);
    const views = (m: TrainedModel) => m.weights["activity.PROPERTY_VIEW"] + m.weights["early.PROPERTY_VIEW"];
    expect(pooled.weights["activity.PROPERTY_VIEW"]).toBeGreaterThan(withSpread.model.weights["activity.PROPERTY_VIEW"]);
    expect(pooled.weights["early.PROPERTY_VIEW"]).toBeGreaterThan(withSpread.model.weights["early.PROPERTY_VIEW"]);
    expect(views(pooled)).toBeGreaterThan(views(withSpread.model) + 0.15);
    // The per-weight pulls are recorded: λ is the pull on the least-pulled weight, the sources' are far stronger.
    const pulls = Object.values(pooled.pulls ?? {});
    expect(pulls).toHaveLength(features.length);
    expect(Math.min(...pulls)).toBeCloseTo(pooled.lambda as number, 9);
    expect(pooled.pulls?.["activity.PROPERTY_VIEW"]).toBeLessThan(5 * (pooled.lambda as number));
    expect(pooled.pulls?.["source.Referral"]).toBeGreaterThan(100 * (pooled.lambda as number));
    // Its log-odds moved away from the team's on its own rows; the per-rep choice alone barely moves.
    expect(pooled.divergence).toBeGreaterThan(0.1);
    expect(perRep.divergence).toBeLessThan(0.01);
    expect(isPersonalized(perRep)).toBe(false);
    const test = landmarkRows(
      thin.test.map((l) => l.facts),
      NOW,
    );
    const loss = (model: TrainedModel) =>
      logLoss(
        Float64Array.from(test, (r) => predictAt(model, r.facts, r.at).probability),
        test.map((r) => r.y),
      );
    expect(loss(pooled)).toBeLessThan(loss(withSpread.model) - 0.01);
    // The per-rep choice alone keeps this rep on the team model.
    expect(loss(perRep)).toBeGreaterThan(loss(pooled) + 0.01);
  });

  it("calls a thick rep with its own pattern personalized, by the divergence of its log-odds from the team's", () => {
    const thick = trainRepModel({ repFacts: generated[0].train.map((l) => l.facts), orgFacts, now: NOW, org: withSpread }).rep;
    expect(thick.divergence).toBeGreaterThanOrEqual(PERSONALIZED_DIVERGENCE);
    expect(isPersonalized(thick)).toBe(true);
    expect(isPersonalized({ ...thick, divergence: PERSONALIZED_DIVERGENCE / 2 })).toBe(false);
  });

  it("evaluates thin reps with the same pull in every fold", () => {
    const repFacts = generated[4].train.map((l) => l.facts);
    const { rep, evaluation } = trainRepModel({ repFacts, orgFacts, now: NOW, org: withSpread });
    expect(evaluation.method).toBe("cross-validation");
    // Every landmark row of its 20 leads is held out once.
    expect(evaluation.testSize).toBe(repFacts.reduce((s, f) => s + (withSpread.state.rowsByLead.get(f.leadId)?.length ?? 0), 0));
    expect(evaluation.testSize).toBeGreaterThan(20);
    expect(rep.lambda).not.toBeNull();
    expect(rep.lambda as number).toBeLessThan(LAMBDA_GRID[0]);
  });
});
