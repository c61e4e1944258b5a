// Unit tests: churn features are computed strictly from what was known at the prediction date.
import { describe, expect, it } from "vitest";
import { accountFactsAt, CHURN_FEATURES, DAY_MS, featurizeAccount, type AccountSignal, type AccountSnapshot } from "./churn-features";

const AS_OF = new Date("2026-06-01T00:00:00Z");
const daysAgo = (d: number): Date => new Date(AS_OF.getTime() - d * DAY_MS);

function snapshot(signals: AccountSignal[], extra: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return { attributes: {}, arr: 12_000, lifecycleStage: "ADOPTION", renewalDate: new Date(AS_OF.getTime() + 60 * DAY_MS), signals, healthHistory: [], openCtaCount: 0, ...extra };
}

const HISTORY: AccountSignal[] = [
  { type: "LOGIN", value: 10, occurredAt: daysAgo(5) },
  { type: "LOGIN", value: 2, occurredAt: daysAgo(20) },
  { type: "LOGIN", value: 30, occurredAt: daysAgo(45) },
  { type: "LOGIN", value: 10, occurredAt: daysAgo(80) },
  { type: "LOGIN", value: 99, occurredAt: daysAgo(120) },
  { type: "TICKET_OPENED", value: 1, occurredAt: daysAgo(10) },
  { type: "TICKET_OPENED", value: 2, occurredAt: daysAgo(60) },
  { type: "TICKET_ESCALATED", value: 1, occurredAt: daysAgo(40) },
  { type: "NPS", value: 9, occurredAt: daysAgo(200) },
  { type: "NPS", value: 4, occurredAt: daysAgo(15) },
  { type: "FEATURE_USE", value: 1, occurredAt: daysAgo(3), detail: "reports" },
  { type: "FEATURE_USE", value: 1, occurredAt: daysAgo(4), detail: "reports" },
  { type: "FEATURE_USE", value: 1, occurredAt: daysAgo(50), detail: "exports" },
  { type: "CSM_CALL", value: 1, occurredAt: daysAgo(12) },
];

describe("accountFactsAt", () => {
  it("counts usage in the last 30 days against the 60 before, tickets over 30 and 90 days, the latest NPS and distinct features", () => {
    const f = accountFactsAt(snapshot(HISTORY), AS_OF);
    expect([f.loginsRecent, f.loginsPrevious]).toEqual([12, 40]);
    expect([f.tickets30, f.tickets90, f.escalations30, f.escalations90]).toEqual([1, 3, 0, 1]);
    expect(f.nps).toBe(4);
    expect(f.csat).toBeNull();
    expect(f.distinctFeatures).toBe(2);
    expect(f.daysSinceCsmActivity).toBeCloseTo(12, 10);
    expect(f.daysSinceLogin).toBeCloseTo(5, 10);
    expect(f.daysToRenewal).toBeCloseTo(60, 10);
  });

  it("takes the health score and its slope from points recorded by the date only", () => {
    const healthHistory = [
      { score: 80, recordedAt: daysAgo(60) },
      { score: 70, recordedAt: daysAgo(30) },
      { score: 60, recordedAt: daysAgo(0) },
      { score: 5, recordedAt: daysAgo(-10) },
    ];
    const f = accountFactsAt(snapshot([], { healthHistory }), AS_OF);
    expect(f.health).toBe(60);
    expect(f.healthSlope).toBeCloseTo(-10, 10);
  });
});

describe("featurizeAccount", () => {
  it("ignores every signal and health point after the prediction date", () => {
    // Regression guard: a training row at a past landmark must not see what happened after it.
    const future: AccountSignal[] = [
      { type: "TICKET_ESCALATED", value: 5, occurredAt: daysAgo(-1) },
      { type: "NPS", value: 0, occurredAt: daysAgo(-2) },
      { type: "LOGIN", value: 500, occurredAt: daysAgo(-3) },
      { type: "CSM_QBR", value: 1, occurredAt: daysAgo(-4) },
      { type: "FEATURE_USE", value: 1, occurredAt: daysAgo(-5), detail: "new" },
    ];
    const before = featurizeAccount(snapshot(HISTORY, { healthHistory: [{ score: 70, recordedAt: daysAgo(10) }] }), AS_OF);
    const after = featurizeAccount(
      snapshot([...HISTORY, ...future], {
        healthHistory: [
          { score: 70, recordedAt: daysAgo(10) },
          { score: 10, recordedAt: daysAgo(-1) },
        ],
      }),
      AS_OF,
    );
    expect(after.values).toEqual(before.values);
    // And the same signals do count once the date has passed.
    const later = featurizeAccount(snapshot([...HISTORY, ...future]), daysAgo(-10));
    expect(later.facts.escalations30).toBe(5);
  });

  it("gives a value per feature, log counts and the usage ratio, with missing flags for unknown NPS, CSAT, health and renewal", () => {
    const { values } = featurizeAccount(snapshot(HISTORY, { renewalDate: null }), AS_OF);
    const v = Object.fromEntries(CHURN_FEATURES.map((n, i) => [n, values[i]]));
    expect(values).toHaveLength(CHURN_FEATURES.length);
    expect(v["usage.recent"]).toBeCloseTo(Math.log1p(12), 12);
    expect(v["usage.previous"]).toBeCloseTo(Math.log1p(20), 12);
    expect(v["usage.trend"]).toBeCloseTo(Math.log(13 / 21), 12);
    expect(v["nps.missing"]).toBe(0);
    expect(v["csat.missing"]).toBe(1);
    expect(v["health.missing"]).toBe(1);
    expect(v["renewal.none"]).toBe(1);
    expect(v["renewal.inWindow"]).toBe(0);
    expect(v.arr).toBeCloseTo(Math.log1p(12_000), 12);
  });

  it("marks a renewal inside the prediction window", () => {
    const v = (days: number): number =>
      featurizeAccount(snapshot([], { renewalDate: new Date(AS_OF.getTime() + days * DAY_MS) }), AS_OF).values[CHURN_FEATURES.indexOf("renewal.inWindow")];
    expect([v(30), v(90), v(91), v(200)]).toEqual([1, 1, 0, 0]);
  });
});
