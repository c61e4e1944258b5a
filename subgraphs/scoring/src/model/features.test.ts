// Unit tests: engagement score, features as of an instant without leakage (counts, recency, age bands, speed to first call), feature labels.
import { describe, expect, it } from "vitest";
import {
  ACTIVITY_WEIGHTS,
  AGE_BAND_DAYS,
  AGE_FEATURES,
  DAY_MS,
  FIRST_CALL_CAP_DAYS,
  ageBand,
  coreFeatures,
  describeFeature,
  engagementScore,
  snapshotAt,
  snapshotLead,
  type LeadFacts,
} from "./features";

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

  it("computes raw log counts, recent activity, recency, first-week counts and the age band as of an instant", () => {
    const facts = lead({
      activities: [
        { type: "PROPERTY_VIEW", occurredAt: daysAgo(58) }, // day 2: in the first week
        { type: "PROPERTY_VIEW", occurredAt: daysAgo(30) },
        { type: "PROPERTY_VIEW", occurredAt: daysAgo(3) },
      ],
    });
    // Now (60 days old): no decay, every view counts as one.
    const now = coreFeatures(snapshotAt(facts, NOW));
    expect(now["activity.PROPERTY_VIEW"]).toBeCloseTo(Math.log1p(3), 12);
    expect(now["activity.EMAIL_OPEN"]).toBe(0);
    expect(now["early.PROPERTY_VIEW"]).toBeCloseTo(Math.log1p(1), 12);
    expect(now.recent).toBeCloseTo(Math.log1p(1), 12);
    expect(now.recency).toBeCloseTo(Math.log1p(3), 12);
    expect(now["recency.none"]).toBe(0);
    expect(now.funnelTime).toBeCloseTo(Math.log1p(60), 12);
    expect(now["age.60"]).toBe(1);
    expect(AGE_FEATURES.reduce((s, name) => s + now[name], 0)).toBe(1);
    // The same lead as known 20 days ago (40 days old): the later view does not exist yet.
    const earlier = snapshotAt(facts, daysAgo(20));
    expect(earlier.counts.PROPERTY_VIEW).toBe(2);
    expect(earlier.recentActivities).toBe(0);
    expect(earlier.daysSinceLastActivity).toBeCloseTo(10, 9);
    const then = coreFeatures(earlier);
    expect(then["activity.PROPERTY_VIEW"]).toBeCloseTo(Math.log1p(2), 12);
    expect(then.recent).toBe(0);
    expect(then.recency).toBeCloseTo(Math.log1p(10), 12);
    expect(then.funnelTime).toBeCloseTo(Math.log1p(40), 12);
    expect(then["age.30"]).toBe(1);
    expect(then["age.60"]).toBe(0);
    // At creation: nothing known yet, youngest age band.
    const born = coreFeatures(snapshotAt(facts, facts.createdAt));
    expect(born["activity.PROPERTY_VIEW"]).toBe(0);
    expect(born["early.PROPERTY_VIEW"]).toBe(0);
    expect(born.funnelTime).toBe(0);
    expect(born["age.0"]).toBe(1);
    // Without any activity: recency 0 with its indicator set.
    const silent = coreFeatures(snapshotLead(lead(), NOW));
    expect(silent.recency).toBe(0);
    expect(silent["recency.none"]).toBe(1);
    expect(silent.recent).toBe(0);
  });

  it("puts an age in the band whose lower edge it has reached", () => {
    expect(ageBand(0)).toBe(0);
    expect(AGE_BAND_DAYS[ageBand(0.99)]).toBe(0);
    expect(AGE_BAND_DAYS[ageBand(1)]).toBe(1);
    expect(AGE_BAND_DAYS[ageBand(13.9)]).toBe(7);
    expect(AGE_BAND_DAYS[ageBand(14)]).toBe(14);
    expect(AGE_BAND_DAYS[ageBand(1000)]).toBe(180);
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
    const calls = [
      { type: "CALL" as const, occurredAt: daysAgo(45) },
      { type: "CALL" as const, occurredAt: daysAgo(57) },
    ];
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
    expect(describeFeature("recent")).toBe("activity in the last 7 days");
    expect(describeFeature("recency.none")).toBe("no activity yet");
    expect(describeFeature("early.PROPERTY_VIEW")).toBe("property views in the first week");
    expect(describeFeature("age.0")).toBe("open under a day");
    expect(describeFeature("age.14")).toBe("open 14 to 21 days");
    expect(describeFeature("age.180")).toBe("open 180 days or more");
    expect(describeFeature("attr.budget.bin0")).toBe("budget band 1");
  });
});
