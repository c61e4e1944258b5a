// Unit tests: encoder categories, imputation, numeric bins, standardization (numbers only) and JSON round trip.
import { describe, expect, it } from "vitest";
import { ENCODER_FORMAT, encodeLead, encodeRows, fitEncoder, quantileCuts, rawFeatureVector } from "./encoder";
import { AGE_FEATURES, DAY_MS, type LeadAt, type LeadFacts } from "./features";

const NOW = new Date("2025-06-01T00:00:00Z");
const FIVE_DAYS_AGO = new Date(NOW.getTime() - 5 * DAY_MS);

function lead(i: number, attributes: LeadFacts["attributes"], source: string | null = "Website"): LeadFacts {
  return {
    leadId: `l${i}`,
    createdAt: new Date(NOW.getTime() - (10 + i) * DAY_MS),
    closedAt: null,
    outcome: null,
    source,
    attributes,
    activities: Array.from({ length: i % 4 }, (_, k) => ({ type: "EMAIL_OPEN" as const, occurredAt: new Date(NOW.getTime() - k * DAY_MS) })),
  };
}

function training(): LeadFacts[] {
  const types = ["apartment", "apartment", "apartment", "apartment", "apartment", "apartment", "house", "house", "house", "house", "house", "castle", "castle", "igloo"];
  return types.map((propertyType, i) => {
    const attributes: LeadFacts["attributes"] = { propertyType, firstTimeBuyer: i % 2 === 0 };
    if (i % 5 !== 0) attributes.budget = 100_000 + 10_000 * i;
    return lead(i, attributes, i % 3 === 0 ? "Referral" : "Website");
  });
}

/** Training rows: every lead as known five days ago and now (two rows per lead). */
function rows(facts = training()): LeadAt[] {
  return facts.flatMap((f) => [
    { facts: f, at: FIVE_DAYS_AGO },
    { facts: f, at: NOW },
  ]);
}

describe("encoder", () => {
  it("groups categories seen on fewer than minCategoryCount leads into __other__ (a lead's rows count once)", () => {
    // castle: 2 leads with 4 rows, below a threshold of 3 only when leads are counted; igloo: 1 lead.
    const enc = fitEncoder(rows(), { minCategoryCount: 3 });
    expect(enc.features).toContain("attr.propertyType=apartment");
    expect(enc.features).toContain("attr.propertyType=house");
    expect(enc.features).toContain("attr.propertyType=__other__");
    expect(enc.features).not.toContain("attr.propertyType=castle");
    expect(enc.features).not.toContain("attr.propertyType=igloo");
    const col = enc.features.indexOf("attr.propertyType=__other__");
    expect(rawFeatureVector(enc, lead(99, { propertyType: "castle" }), NOW)[col]).toBe(1);
    expect(rawFeatureVector(enc, lead(99, { propertyType: "yurt" }), NOW)[col]).toBe(1);
    expect(rawFeatureVector(enc, lead(99, { propertyType: "house" }), NOW)[col]).toBe(0);
    // The default threshold (5): house (5 leads) is kept, castle is not.
    const byDefault = fitEncoder(rows());
    expect(byDefault.minCategoryCount).toBe(5);
    expect(byDefault.features).toContain("attr.propertyType=house");
    expect(byDefault.features).not.toContain("attr.propertyType=castle");
  });

  it("imputes a missing number with the training mean and flags it", () => {
    const facts = training();
    const enc = fitEncoder(rows(facts));
    const present = facts.map((f) => f.attributes.budget).filter((b): b is number => typeof b === "number");
    const mean = present.reduce((a, b) => a + b, 0) / present.length;
    const raw = rawFeatureVector(enc, lead(99, { propertyType: "house" }), NOW);
    expect(raw[enc.features.indexOf("attr.budget")]).toBeCloseTo(mean, 6);
    expect(raw[enc.features.indexOf("attr.budget.missing")]).toBe(1);
    // A missing number falls in no bin.
    for (const [j, name] of enc.features.entries()) if (name.startsWith("attr.budget.bin")) expect(raw[j]).toBe(0);
    expect(raw[enc.features.indexOf("attr.firstTimeBuyer")]).toBeCloseTo(0.5, 9);
    const known = rawFeatureVector(enc, lead(99, { budget: 7, firstTimeBuyer: true }), NOW);
    expect(known[enc.features.indexOf("attr.budget")]).toBe(7);
    expect(known[enc.features.indexOf("attr.budget.missing")]).toBe(0);
    expect(known[enc.features.indexOf("attr.firstTimeBuyer")]).toBe(1);
  });

  it("gives a numeric attribute decile bins cut on the training leads, one bin set per known value", () => {
    const facts = training();
    const enc = fitEncoder(rows(facts));
    const present = facts.map((f) => f.attributes.budget).filter((b): b is number => typeof b === "number");
    const spec = enc.attributes.find((a) => a.key === "budget");
    // Eleven distinct budgets 110k … 230k (leads 1-4, 6-9, 11-13): nine inner deciles, ten bins.
    expect(spec?.cuts).toEqual(quantileCuts(present));
    expect(spec?.cuts).toHaveLength(9);
    expect(spec?.cuts?.[0]).toBe(120_000);
    const bins = Array.from({ length: 10 }, (_, k) => `attr.budget.bin${k}`);
    for (const b of bins) expect(enc.features).toContain(b);
    const binsOf = (budget: number) => {
      const raw = rawFeatureVector(enc, lead(99, { budget }), NOW);
      return bins.map((b) => raw[enc.features.indexOf(b)]);
    };
    expect(binsOf(7)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(binsOf(120_000)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0]); // a cut belongs to the bin above it
    expect(binsOf(125_000)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(binsOf(10_000_000)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    // Cuts are distinct inner quantiles above the minimum: a constant attribute gets none.
    expect(quantileCuts([3, 3, 3, 3])).toEqual([]);
    expect(quantileCuts([1, 1, 1, 1, 1, 1, 1, 1, 2, 2])).toEqual([2]);
  });

  it("standardizes numbers with the mean and standard deviation over the training rows and drops constant features", () => {
    const data = rows();
    const enc = fitEncoder(data);
    expect(enc.trainingSize).toBe(data.length);
    expect(enc.features).not.toContain("activity.MEETING");
    for (const name of ["funnelTime", "activity.EMAIL_OPEN", "attr.budget"]) {
      const j = enc.features.indexOf(name);
      expect(j).toBeGreaterThanOrEqual(0);
      // Over the rows (each lead five days ago and now), not over the leads.
      const xs = data.map((r) => encodeLead(enc, r.facts, r.at)[j]);
      expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(0, 9);
      expect(xs.reduce((a, b) => a + b * b, 0) / xs.length).toBeCloseTo(1, 9);
    }
    // The same lead known at two instants: funnel time differs by the five days.
    const j = enc.features.indexOf("funnelTime");
    const raw = (at: Date) => rawFeatureVector(enc, data[0].facts, at)[j];
    expect(raw(NOW)).toBeCloseTo(Math.log1p(10), 12);
    expect(raw(FIVE_DAYS_AGO)).toBeCloseTo(Math.log1p(5), 12);
  });

  it("leaves 0/1 indicators unstandardized (sources, categories, missing flags, bins, age bands, no activity)", () => {
    const data = rows();
    const enc = fitEncoder(data);
    const indicators = enc.features.filter(
      (n) =>
        n.startsWith("source.") ||
        n.includes("=") ||
        n.endsWith(".missing") ||
        /\.bin\d+$/.test(n) ||
        n === "recency.none" ||
        AGE_FEATURES.includes(n) ||
        n === "attr.firstTimeBuyer",
    );
    for (const name of ["source.Referral", "attr.propertyType=house", "attr.budget.missing", "attr.budget.bin3", "recency.none", "age.7", "age.14"])
      expect(indicators).toContain(name);
    for (const name of indicators) {
      const j = enc.features.indexOf(name);
      expect(enc.means[j]).toBe(0);
      expect(enc.stds[j]).toBe(1);
    }
    const numbers = enc.features.filter((n) => !indicators.includes(n));
    expect(numbers).toContain("funnelTime");
    for (const name of numbers) expect(enc.stds[enc.features.indexOf(name)]).not.toBe(1);
    const matrix = encodeRows(enc, data);
    const d = enc.features.length;
    data.forEach((r, i) => {
      const raw = rawFeatureVector(enc, r.facts, r.at);
      expect(Array.from(matrix.subarray(i * d, i * d + d))).toEqual(Array.from(encodeLead(enc, r.facts, r.at)));
      for (const name of indicators) {
        const j = enc.features.indexOf(name);
        expect(matrix[i * d + j]).toBe(raw[j]);
        expect([0, 1]).toContain(matrix[i * d + j]);
      }
    });
  });

  it("round-trips through JSON and encodes identically", () => {
    const enc = fitEncoder(rows());
    expect(enc.format).toBe(ENCODER_FORMAT);
    expect(enc.format).toBe(2);
    const back = JSON.parse(JSON.stringify(enc));
    expect(back).toEqual(enc);
    const probe = lead(42, { propertyType: "castle", budget: 250_000 }, "Billboard");
    expect(Array.from(encodeLead(back, probe, NOW))).toEqual(Array.from(encodeLead(enc, probe, NOW)));
    expect(Array.from(encodeLead(back, probe, FIVE_DAYS_AGO))).toEqual(Array.from(encodeLead(enc, probe, FIVE_DAYS_AGO)));
  });
});
