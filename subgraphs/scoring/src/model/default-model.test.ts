// Unit tests: the seed's default model on hand-computed leads.
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, predictDefault } from "./default-model";
import { DAY_MS, type LeadFacts } from "./features";

const NOW = new Date("2025-06-01T00:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * DAY_MS);

function lead(createdDaysAgo: number, activities: LeadFacts["activities"] = []): LeadFacts {
  return { leadId: "l", createdAt: daysAgo(createdDaysAgo), closedAt: null, outcome: null, source: null, attributes: {}, activities };
}

describe("predictDefault", () => {
  it("uses the seed's weights 0.4 / 0.3 / 0.2 / 0.1", () => {
    expect(DEFAULT_WEIGHTS).toEqual({ scoreWeight: 0.4, activityWeight: 0.3, recencyWeight: 0.2, funnelTimeWeight: 0.1 });
  });

  it("scores a quiet 45-day-old lead on funnel time alone", () => {
    const p = predictDefault(lead(45), NOW);
    expect(p.probability).toBeCloseTo(0.1 * 0.5, 12);
    expect(p.factors[0]).toMatchObject({ name: "funnelTime", weight: 0.1, value: 0.5 });
    expect(p.factors[0].contribution).toBeCloseTo(0.05, 12);
  });

  it("combines engagement, recent activity, recency and funnel time", () => {
    // One meeting now: engagement 18, 1 activity in 30 days, recency 1, funnel 1 − 9/90.
    const p = predictDefault(lead(9, [{ type: "MEETING", occurredAt: NOW }]), NOW);
    expect(p.probability).toBeCloseTo(0.4 * 0.18 + 0.3 * 0.1 + 0.2 * 1 + 0.1 * 0.9, 12);
    expect(p.factors.map((f) => f.name)).toEqual(["recency", "funnelTime", "engagement", "activity"]);
  });

  it("clamps the probability to [0.01, 0.99]", () => {
    expect(predictDefault(lead(200), NOW).probability).toBe(0.01);
    const busy = Array.from({ length: 40 }, () => ({ type: "SITE_VISIT" as const, occurredAt: NOW }));
    expect(predictDefault(lead(0, busy), NOW).probability).toBe(0.99);
  });
});
