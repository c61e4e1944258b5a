// Unit tests: prediction factors, scoring as of an instant, confidence bands, explanations and when a rep model counts as personal.
import { describe, expect, it } from "vitest";
import { fitEncoder } from "./encoder";
import { explain, isPersonalized, PERSONALIZED_DIVERGENCE } from "./explain";
import { DAY_MS, type LeadFacts } from "./features";
import type { TrainedModel } from "./model-types";
import { confidenceFor, predict, predictAt } from "./predict";

const NOW = new Date("2025-06-01T00:00:00Z");
const at = (d: number) => new Date(NOW.getTime() - d * DAY_MS);

function lead(id: string, views: number, opens: number): LeadFacts {
  return {
    leadId: id,
    createdAt: at(40),
    closedAt: null,
    outcome: null,
    source: id.length % 2 ? "Referral" : "Website",
    attributes: {},
    activities: [
      ...Array.from({ length: views }, (_, i) => ({ type: "PROPERTY_VIEW" as const, occurredAt: at(1 + i) })),
      ...Array.from({ length: opens }, (_, i) => ({ type: "EMAIL_OPEN" as const, occurredAt: at(3 + i) })),
    ],
  };
}

/** A hand-built model: property views strongly positive, email opens slightly negative (rep models: `divergence` from the team's). */
function model(level: TrainedModel["level"], sampleSize: number, priorSampleSize: number, divergence?: number): TrainedModel {
  const train = Array.from({ length: 12 }, (_, i) => lead(`t${i}`, i % 5, (i * 7) % 4));
  const encoder = fitEncoder(train.map((facts) => ({ facts, at: NOW })));
  const weights = Object.fromEntries(encoder.features.map((f) => [f, 0]));
  weights["activity.PROPERTY_VIEW"] = 0.8;
  weights["activity.EMAIL_OPEN"] = -0.2;
  const variances = Object.fromEntries(encoder.features.map((f) => [f, 0.001]));
  return {
    level,
    encoder,
    weights,
    intercept: -0.5,
    lambda: 3,
    interceptLambda: 1,
    sampleSize,
    positives: Math.round(sampleSize * 0.4),
    priorSampleSize,
    priorPositives: Math.round(priorSampleSize * 0.3),
    variances,
    interceptVariance: 0.001,
    trainedAt: NOW.toISOString(),
    metrics: { method: "none", testSize: 0, quality: null, defaultQuality: null, lambdaSearch: [] },
    ...(divergence === undefined ? {} : { divergence }),
  };
}

describe("predict", () => {
  it("returns factors sorted by |contribution| with contribution = weight × value", () => {
    const p = predict(model("rep", 38, 420), lead("x", 3, 0), NOW);
    expect(p.factors[0].name).toBe("activity.PROPERTY_VIEW");
    expect(p.factors[0].rawValue).toBe(3);
    for (const f of p.factors) expect(f.contribution).toBeCloseTo(f.weight * f.value, 12);
    const sizes = p.factors.map((f) => Math.abs(f.contribution));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(p.uncertainty.low).toBeLessThanOrEqual(p.probability);
    expect(p.uncertainty.high).toBeGreaterThanOrEqual(p.probability);
  });

  it("ranks a lead with more property views higher", () => {
    const m = model("rep", 38, 420);
    expect(predict(m, lead("x", 4, 0), NOW).probability).toBeGreaterThan(predict(m, lead("x", 0, 4), NOW).probability);
  });
});

describe("predict and predictAt", () => {
  it("scores a closed lead as of its close, an open lead as of now, and any lead as known at a given instant", () => {
    const m = model("rep", 38, 420, 0.6);
    const closedAt = at(10);
    // Views 1-6 days ago came after the close: as of the close the lead had none.
    const closed: LeadFacts = { ...lead("closed", 6, 0), closedAt, outcome: "WON" };
    const atClose = predict(m, closed, NOW);
    expect(atClose).toEqual(predictAt(m, closed, closedAt));
    expect(atClose.factors.find((f) => f.name === "activity.PROPERTY_VIEW")?.rawValue).toBe(0);
    expect(predictAt(m, closed, NOW).probability).toBeGreaterThan(atClose.probability);
    expect(explain(m, atClose, closed)).toMatch(/At close this lead was at \d+%/);
    const open = lead("open", 6, 0);
    expect(predict(m, open, NOW)).toEqual(predictAt(m, open, NOW));
    // Three days ago only the views 3-6 days old were known.
    const earlier = predictAt(m, open, at(3));
    expect(earlier.factors.find((f) => f.name === "activity.PROPERTY_VIEW")?.rawValue).toBe(4);
    expect(earlier.factors.find((f) => f.name === "recency")?.rawValue).toBeCloseTo(0, 9);
    expect(predict(m, open, NOW).factors.find((f) => f.name === "recency")?.rawValue).toBeCloseTo(1, 9);
    expect(earlier.probability).toBeLessThan(predict(m, open, NOW).probability);
  });
});

describe("confidenceFor", () => {
  it("is LOW with little evidence or a wide interval, HIGH only when narrow, decisive and well supported", () => {
    expect(confidenceFor(0.9, 0.85, 0.93, 5)).toBe("LOW");
    expect(confidenceFor(0.5, 0.2, 0.8, 100)).toBe("LOW");
    expect(confidenceFor(0.85, 0.8, 0.9, 100)).toBe("HIGH");
    expect(confidenceFor(0.55, 0.5, 0.6, 100)).toBe("MEDIUM");
    expect(confidenceFor(0.85, 0.8, 0.9, 20)).toBe("MEDIUM");
  });
});

describe("explain", () => {
  it("names a personalized rep's leads, the driver and this lead's number", () => {
    const m = model("rep", 38, 420, 0.6);
    const facts = lead("x", 3, 0);
    const text = explain(m, predict(m, facts, NOW), facts);
    expect(text).toMatch(/^Your 38 leads \(weighed against your team's 420\) show property views drive your wins; this lead has 3 \(\+\d\.\d\d\)\./);
    expect(text).toMatch(/This lead is at \d+% \((low|medium|high) confidence\)/);
  });

  it("speaks of the team for a model without the rep's own leads", () => {
    const m = model("organization", 420, 0);
    const facts = lead("x", 0, 5);
    const text = explain(m, predict(m, facts, NOW), facts);
    expect(text).toMatch(/^Based on your team's 420 leads, property views drive wins; this lead has 0 \(-\d\.\d\d\)\./);
  });

  it("adds the factor that moves this lead most when it is not the main driver", () => {
    const m = model("rep", 38, 420);
    const facts = lead("x", 2, 12);
    const prediction = predict(m, facts, NOW);
    expect(prediction.factors[0].name).toBe("activity.EMAIL_OPEN");
    expect(explain(m, prediction, facts)).toMatch(/the factor moving it most is email opens: this lead has 12 \(-\d\.\d\d\)\.$/);
  });
});

describe("isPersonalized", () => {
  it("is true only for a rep model whose log-odds on its own leads moved at least PERSONALIZED_DIVERGENCE from the team's", () => {
    expect(PERSONALIZED_DIVERGENCE).toBe(0.25);
    expect(isPersonalized({ level: "rep", divergence: 0.6 })).toBe(true);
    expect(isPersonalized({ level: "rep", divergence: PERSONALIZED_DIVERGENCE })).toBe(true);
    expect(isPersonalized({ level: "rep", divergence: 0.2499 })).toBe(false);
    expect(isPersonalized({ level: "rep", divergence: 0 })).toBe(false);
    // A rep model without a measured divergence (e.g. stored before it existed) follows the team.
    expect(isPersonalized({ level: "rep" })).toBe(false);
    // Team and default models are never personal, whatever they carry.
    expect(isPersonalized({ level: "organization", divergence: 5 })).toBe(false);
    expect(isPersonalized({ level: "default", divergence: 5 })).toBe(false);
  });
});

describe("explain for a rep still following the team", () => {
  it("does not claim the rep's own leads show the pattern", () => {
    const m = model("rep", 12, 420, 0.1);
    const facts = lead("x", 3, 0);
    expect(explain(m, predict(m, facts, NOW), facts)).toMatch(/^Your 12 leads follow your team's pattern \(420 leads\): property views drive wins; this lead has 3/);
  });
});

describe("speed to first call in factors and explanations", () => {
  const withCall = (id: string, createdDaysAgo: number, callDaysAgo: number | null): LeadFacts => ({
    ...lead(id, 1, 1),
    createdAt: at(createdDaysAgo),
    activities: [...lead(id, 1, 1).activities, ...(callDaysAgo === null ? [] : [{ type: "CALL" as const, occurredAt: at(callDaysAgo) }])],
  });

  it("reports days to the first call in human units and says when there was none", () => {
    const train = Array.from({ length: 12 }, (_, i) => withCall(`t${i}`, 40, i % 3 === 0 ? null : 40 - i));
    const base = model("organization", 420, 0);
    const encoder = fitEncoder(train.map((facts) => ({ facts, at: NOW })));
    const m: TrainedModel = {
      ...base,
      encoder,
      weights: { ...Object.fromEntries(encoder.features.map((f) => [f, 0])), firstCall: -0.8 },
      variances: Object.fromEntries(encoder.features.map((f) => [f, 0.001])),
    };
    const called = withCall("called", 40, 37);
    const factor = predict(m, called, NOW).factors.find((f) => f.name === "firstCall");
    expect(factor?.label).toBe("days to first call");
    expect(factor?.rawValue).toBeCloseTo(3, 9);
    // Fewer days to the first call win more (a negative weight): the driver is named as a fast first call.
    expect(explain(m, predict(m, called, NOW), called)).toMatch(
      /^Based on your team's 420 leads, a fast first call drives wins; this lead's first call came 3 days after it was created \([+-]\d\.\d\d\)\./,
    );
    const uncalled = withCall("uncalled", 40, null);
    expect(predict(m, uncalled, NOW).factors.find((f) => f.name === "firstCall")?.rawValue).toBeNull();
    expect(explain(m, predict(m, uncalled, NOW), uncalled)).toMatch(/a fast first call drives wins; this lead has had no call yet \(-\d\.\d\d\)\./);
  });
});
