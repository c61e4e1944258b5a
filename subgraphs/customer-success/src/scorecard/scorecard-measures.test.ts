import { describe, expect, it } from "vitest";
import { DEFAULT_SCORECARD, healthScore, measureScores, scorecardProblems, type SignalFact } from "./scorecard-measures";

const now = new Date("2026-03-01T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const signal = (type: SignalFact["type"], age: number, value = 1, detail: string | null = null): SignalFact => ({ type, value, detail, occurredAt: daysAgo(age) });

describe("measureScores", () => {
  it("scores an account without signals as unused, untouched and neutral in sentiment", () => {
    expect(measureScores([], now)).toEqual({ USAGE_TREND: 0, SUPPORT_LOAD: 100, SENTIMENT: 50, ENGAGEMENT_RECENCY: 0, ADOPTION_BREADTH: 0 });
  });

  it("compares usage per day in the last 30 days with the 60 days before", () => {
    // Previous: 120 over 60 days = 2/day. Recent: 30 over 30 days = 1/day → half → 50.
    const halved = [signal("LOGIN", 45, 60), signal("ACTIVE_USERS", 80, 60), signal("LOGIN", 5, 30)];
    expect(measureScores(halved, now).USAGE_TREND).toBe(50);
    // Growth is capped at 100; usage older than 90 days does not count.
    expect(measureScores([signal("LOGIN", 45, 10), signal("LOGIN", 1, 100)], now).USAGE_TREND).toBe(100);
    expect(measureScores([signal("LOGIN", 95, 100), signal("LOGIN", 1, 1)], now).USAGE_TREND).toBe(100);
    expect(measureScores([signal("LOGIN", 40, 10)], now).USAGE_TREND).toBe(0);
  });

  it("takes 10 points per ticket opened and 20 per escalation in the last 30 days", () => {
    const tickets = [signal("TICKET_OPENED", 1, 3), signal("TICKET_ESCALATED", 2), signal("TICKET_OPENED", 40, 9)];
    expect(measureScores(tickets, now).SUPPORT_LOAD).toBe(50);
    expect(measureScores([signal("TICKET_OPENED", 1, 30)], now).SUPPORT_LOAD).toBe(0);
  });

  it("averages the latest NPS and CSAT answers of the last year", () => {
    expect(measureScores([signal("NPS", 100, 2), signal("NPS", 10, 9)], now).SENTIMENT).toBe(90);
    expect(measureScores([signal("NPS", 10, 8), signal("CSAT", 3, 2)], now).SENTIMENT).toBe((80 + 25) / 2);
    expect(measureScores([signal("NPS", 400, 0)], now).SENTIMENT).toBe(50);
  });

  it("falls linearly from 100 to 0 over 90 days since the last login or CSM activity", () => {
    expect(measureScores([signal("CSM_QBR", 45), signal("TICKET_OPENED", 1)], now).ENGAGEMENT_RECENCY).toBe(50);
    expect(measureScores([signal("LOGIN", 0)], now).ENGAGEMENT_RECENCY).toBe(100);
    expect(measureScores([signal("CSM_EMAIL", 200)], now).ENGAGEMENT_RECENCY).toBe(0);
  });

  it("counts distinct features used in the last 90 days, 20 points each", () => {
    const uses = ["Reports", "reports", "Alerts", "API"].map((f) => signal("FEATURE_USE", 3, 1, f));
    expect(measureScores([...uses, signal("FEATURE_USE", 100, 1, "Old")], now).ADOPTION_BREADTH).toBe(60);
    const many = ["a", "b", "c", "d", "e", "f", "g"].map((f) => signal("FEATURE_USE", 3, 1, f));
    expect(measureScores(many, now).ADOPTION_BREADTH).toBe(100);
  });

  it("ignores signals after now, so a past point is computed from what was known then", () => {
    expect(measureScores([signal("LOGIN", -1, 100)], now).USAGE_TREND).toBe(0);
  });
});

describe("healthScore", () => {
  it("is the weighted mean of the measures, with the breakdown", () => {
    const scores = { USAGE_TREND: 100, SUPPORT_LOAD: 50, SENTIMENT: 50, ENGAGEMENT_RECENCY: 0, ADOPTION_BREADTH: 100 };
    // (30·100 + 20·50 + 20·50 + 15·0 + 15·100) / 100 = 65.
    expect(healthScore(scores, DEFAULT_SCORECARD).score).toBe(65);
    expect(
      healthScore(scores, [
        { measure: "ENGAGEMENT_RECENCY", weight: 1 },
        { measure: "USAGE_TREND", weight: 3 },
      ]),
    ).toEqual({
      score: 75,
      measures: [
        { measure: "ENGAGEMENT_RECENCY", weight: 1, score: 0 },
        { measure: "USAGE_TREND", weight: 3, score: 100 },
      ],
    });
  });
});

describe("scorecardProblems", () => {
  it("accepts the default and refuses empty, duplicate, out-of-range and all-zero scorecards", () => {
    expect(scorecardProblems(DEFAULT_SCORECARD)).toEqual([]);
    expect(scorecardProblems([]).map((p) => p.problem)).toEqual(["EMPTY"]);
    const bad = scorecardProblems([
      { measure: "SENTIMENT", weight: 1 },
      { measure: "SENTIMENT", weight: -1 },
      { measure: "USAGE_TREND", weight: 101 },
    ]);
    expect(bad.map((p) => [p.index, p.field, p.problem])).toEqual([
      [1, "measure", "DUPLICATE_IN_BATCH"],
      [1, "weight", "OUT_OF_RANGE"],
      [2, "weight", "OUT_OF_RANGE"],
    ]);
    expect(scorecardProblems([{ measure: "SENTIMENT", weight: 0 }]).map((p) => [p.field, p.problem])).toEqual([["measures", "OUT_OF_RANGE"]]);
  });
});
