// Unit tests: encoder categories, imputation, standardization and JSON round trip.
import { describe, expect, it } from "vitest";
import { encodeLead, fitEncoder, rawFeatureVector } from "./encoder";
import { DAY_MS, type LeadFacts } from "./features";

const NOW = new Date("2025-06-01T00:00:00Z");

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

describe("encoder", () => {
  it("groups categories seen fewer than minCategoryCount times into __other__", () => {
    const enc = fitEncoder(training(), NOW);
    expect(enc.features).toContain("attr.propertyType=apartment");
    expect(enc.features).toContain("attr.propertyType=house");
    expect(enc.features).toContain("attr.propertyType=__other__");
    expect(enc.features).not.toContain("attr.propertyType=castle");
    const col = enc.features.indexOf("attr.propertyType=__other__");
    expect(rawFeatureVector(enc, lead(99, { propertyType: "castle" }), NOW)[col]).toBe(1);
    expect(rawFeatureVector(enc, lead(99, { propertyType: "yurt" }), NOW)[col]).toBe(1);
  });

  it("imputes a missing number with the training mean and flags it", () => {
    const facts = training();
    const enc = fitEncoder(facts, NOW);
    const present = facts.map((f) => f.attributes.budget).filter((b): b is number => typeof b === "number");
    const mean = present.reduce((a, b) => a + b, 0) / present.length;
    const raw = rawFeatureVector(enc, lead(99, { propertyType: "house" }), NOW);
    expect(raw[enc.features.indexOf("attr.budget")]).toBeCloseTo(mean, 6);
    expect(raw[enc.features.indexOf("attr.budget.missing")]).toBe(1);
    expect(raw[enc.features.indexOf("attr.firstTimeBuyer")]).toBeCloseTo(0.5, 9);
    const known = rawFeatureVector(enc, lead(99, { budget: 7, firstTimeBuyer: true }), NOW);
    expect(known[enc.features.indexOf("attr.budget")]).toBe(7);
    expect(known[enc.features.indexOf("attr.budget.missing")]).toBe(0);
    expect(known[enc.features.indexOf("attr.firstTimeBuyer")]).toBe(1);
  });

  it("standardizes with the training mean and standard deviation and drops constant features", () => {
    const facts = training();
    const enc = fitEncoder(facts, NOW);
    expect(enc.features).not.toContain("activity.MEETING");
    const j = enc.features.indexOf("funnelTime");
    const xs = facts.map((f) => encodeLead(enc, f, NOW)[j]);
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(0, 9);
    expect(xs.reduce((a, b) => a + b * b, 0) / xs.length).toBeCloseTo(1, 9);
  });

  it("round-trips through JSON and encodes identically", () => {
    const enc = fitEncoder(training(), NOW);
    const back = JSON.parse(JSON.stringify(enc));
    expect(back).toEqual(enc);
    const probe = lead(42, { propertyType: "castle", budget: 250_000 }, "Billboard");
    expect(Array.from(encodeLead(back, probe, NOW))).toEqual(Array.from(encodeLead(enc, probe, NOW)));
  });
});
