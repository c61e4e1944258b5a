// Unit tests: engagement score, as-of features without leakage (speed to first call too), feature labels.
import { describe, expect, it } from "vitest";
import { ACTIVITY_WEIGHTS, DAY_MS, FIRST_CALL_CAP_DAYS, coreFeatures, describeFeature, engagementScore, snapshotLead, type LeadFacts } from "./features";

const NOW = new Date("2025-06-01T00:00:00Z");
const daysAgo = (d: number, from = NOW) => new Date(from.getTime() - d * DAY_MS);

function lead(overrides: Partial<LeadFacts> = {}): LeadFacts {
  return {
    leadId: "l1",
    createdAt: daysAgo(60),
    closedAt: null,
    outcome: null,
    source: "Referral",
    attributes: {},
    activities: [],
    ...overrides,
  };
}

describe("engagementScore", () => {
  it("follows 100·(1 − exp(−S/50)) with half-life decay", () => {
    expect(engagementScore([{ type: "MEETING", occurredAt: NOW }], NOW)).toBe(18); // S = 10
    expect(engagementScore([{ type: "SITE_VISIT", occurredAt: daysAgo(30) }], NOW)).toBe(11); // S = 6
    expect(engagementScore([], NOW)).toBe(0);
    expect(ACTIVITY_WEIGHTS.PROPERTY_VIEW).toBe(5);
  });

  it("ignores activities after the as-of date", () => {
    expect(engagementScore([{ type: "MEETING", occurredAt: daysAgo(-1) }], NOW)).toBe(0);
  });
});

describe("features", () => {
  it("ignore activities after closedAt (no leakage from after the outcome)", () => {
    const closedAt = daysAgo(10);
    const before = [
      { type: "PROPERTY_VIEW" as const, occurredAt: daysAgo(20) },
      { type: "CALL" as const, occurredAt: daysAgo(12) },
    ];
    const after = [
      { type: "PROPERTY_VIEW" as const, occurredAt: daysAgo(5) },
      { type: "MEETING" as const, occurredAt: daysAgo(1) },
    ];
    const clean = lead({ closedAt, outcome: "WON", activities: before });
    const leaky = lead({ closedAt, outcome: "WON", activities: [...before, ...after] });
    expect(coreFeatures(snapshotLead(leaky, NOW))).toEqual(coreFeatures(snapshotLead(clean, NOW)));
    const s = snapshotLead(leaky, NOW);
    expect(s.counts.PROPERTY_VIEW).toBe(1);
    expect(s.counts.MEETING).toBe(0);
    expect(s.daysSinceLastActivity).toBeCloseTo(2, 9);
    expect(s.daysInFunnel).toBeCloseTo(50, 9);
  });

  it("computes decayed log counts, recency and funnel time as of the close", () => {
    const f = coreFeatures(snapshotLead(lead({ activities: [{ type: "PROPERTY_VIEW", occurredAt: daysAgo(30) }, { type: "PROPERTY_VIEW", occurredAt: daysAgo(7) }] }), NOW));
    expect(f["activity.PROPERTY_VIEW"]).toBeCloseTo(Math.log1p(0.5 + Math.pow(0.5, 7 / 30)), 12);
    expect(f["activity.EMAIL_OPEN"]).toBe(0);
    expect(f.recency).toBeCloseTo(Math.exp(-1), 12);
    expect(f.funnelTime).toBeCloseTo(Math.log1p(60), 12);
    expect(coreFeatures(snapshotLead(lead(), NOW)).recency).toBe(0);
  });

  it("measures days from creation to the first call as of the close: later calls ignored, missing before any call", () => {
    const closedAt = daysAgo(40);
    const created = daysAgo(60);
    const visit = { type: "SITE_VISIT" as const, occurredAt: daysAgo(58) };
    const lateCall = { type: "CALL" as const, occurredAt: daysAgo(30) };
    // Only a call after the close: as of the close there was none yet.
    const uncalled = snapshotLead(lead({ createdAt: created, closedAt, outcome: "LOST", activities: [visit, lateCall] }), NOW);
    expect(uncalled.daysToFirstCall).toBeNull();
    expect(coreFeatures(uncalled)["firstCall.missing"]).toBe(1);
    expect(coreFeatures(uncalled).firstCall).toBeCloseTo(Math.log1p(FIRST_CALL_CAP_DAYS), 12);
    // Calls 3 days and 15 days after creation (listed out of order): the first counts.
    const calls = [{ type: "CALL" as const, occurredAt: daysAgo(45) }, { type: "CALL" as const, occurredAt: daysAgo(57) }];
    const called = snapshotLead(lead({ createdAt: created, closedAt, outcome: "WON", activities: [visit, lateCall, ...calls] }), NOW);
    expect(called.daysToFirstCall).toBeCloseTo(3, 9);
    expect(coreFeatures(called)["firstCall.missing"]).toBe(0);
    expect(coreFeatures(called).firstCall).toBeCloseTo(Math.log1p(3), 12);
    // An open lead is measured as of now; a very late first call is capped.
    const slow = snapshotLead(lead({ createdAt: daysAgo(90), activities: [{ type: "CALL", occurredAt: daysAgo(5) }] }), NOW);
    expect(slow.daysToFirstCall).toBeCloseTo(85, 9);
    expect(coreFeatures(slow).firstCall).toBeCloseTo(Math.log1p(FIRST_CALL_CAP_DAYS), 12);
    expect(coreFeatures(snapshotLead(lead(), NOW))["firstCall.missing"]).toBe(1);
  });

  it("labels features in words", () => {
    expect(describeFeature("activity.PROPERTY_VIEW")).toBe("property views");
    expect(describeFeature("activity.EMAIL_OPEN")).toBe("email opens");
    expect(describeFeature("funnelTime")).toBe("days in funnel");
    expect(describeFeature("source.Referral")).toBe("source: Referral");
    expect(describeFeature("attr.budget")).toBe("budget");
    expect(describeFeature("attr.propertyType=__other__")).toBe("property type: other");
    expect(describeFeature("attr.budget.missing")).toBe("budget missing");
    expect(describeFeature("firstCall")).toBe("days to first call");
    expect(describeFeature("firstCall.missing")).toBe("no call yet");
  });
});
