import { describe, expect, it } from "vitest";
import { concordanceIndex } from "./concordance";
import { backtestTiming } from "./timing-backtest";
import { simulateTimingLeads } from "./timing-simulate";
import { baselineHazards, fitTimingModel, modelHazards, personPeriods, predictTiming, type TimingLead } from "./time-to-event";

const DAY_MS = 86_400_000;
const NOW = new Date("2026-03-01T00:00:00Z");
const day = (n: number) => new Date(NOW.getTime() + n * DAY_MS);

describe("person-period rows", () => {
  it("gives a won lead rows up to the period it was won in, and a censored lead only the periods watched in full", () => {
    const won: TimingLead = { id: "w", createdAt: day(-100), closedAt: day(-90), status: "WON", source: null, stages: [] };
    const open: TimingLead = { id: "o", createdAt: day(-10), closedAt: null, status: "NEW", source: null, stages: [] };
    const rows = personPeriods([won, open], NOW);
    // Won on day 10: periods [0,3) [3,7) [7,14), the last labelled won.
    expect(rows.filter((r) => r.lead === 0).map((r) => [r.period, r.won, r.lost])).toEqual([
      [0, 0, 0],
      [1, 0, 0],
      [2, 1, 0],
    ]);
    // Open for 10 days: [0,3) and [3,7) in full; [7,14) is not over yet.
    expect(rows.filter((r) => r.lead === 1).map((r) => r.period)).toEqual([0, 1]);
  });

  it("does not know at a cutoff what closed after it", () => {
    const lead: TimingLead = { id: "w", createdAt: day(-100), closedAt: day(-10), status: "WON", source: null, stages: [] };
    expect(personPeriods([lead], day(-50)).some((r) => r.won)).toBe(false);
  });
});

describe("concordance", () => {
  it("is 1 when earlier winners had higher risk, 0 when reversed, and counts lost leads as never won", () => {
    const outcomes = [
      { time: 5, won: true, lost: false, risk: 0.9 },
      { time: 20, won: true, lost: false, risk: 0.5 },
      { time: 3, won: false, lost: true, risk: 0.1 },
    ];
    expect(concordanceIndex(outcomes)).toBe(1);
    expect(concordanceIndex(outcomes.map((o) => ({ ...o, risk: 1 - o.risk })))).toBe(0);
  });
});

describe("the time-to-event model", () => {
  const leads = simulateTimingLeads(1500, NOW);

  it("learns that a lead in decision is won sooner than one in awareness", () => {
    const model = fitTimingModel(leads, NOW)!;
    const decision = predictTiming(modelHazards(model, "decision", "Web"), 20);
    const awareness = predictTiming(modelHazards(model, "awareness", "Web"), 20);
    expect(decision.probabilityWithin30Days).toBeGreaterThan(awareness.probabilityWithin30Days * 3);
    expect(decision.probabilityWithin90Days).toBeGreaterThanOrEqual(decision.probabilityWithin30Days);
    expect(decision.expectedDaysToConversion!).toBeLessThan(awareness.expectedDaysToConversion!);
  });

  it("predicts the planted chance of a win within 90 days for a lead in decision (about 76% with a 3% daily hazard against 0.8% of loss)", () => {
    const model = fitTimingModel(leads, NOW)!;
    // Truth: Σ_t (1 − 0.038)^(t−1) × 0.03 over 90 days = 0.03/0.038 × (1 − 0.962^90) ≈ 0.76; the model sees periods, not days.
    const p = predictTiming(modelHazards(model, "decision", "Web"), 30).probabilityWithin90Days;
    expect(p).toBeGreaterThan(0.6);
    expect(p).toBeLessThan(0.9);
  });

  it("beats the overall baseline on concordance in a time-split backtest", () => {
    const result = backtestTiming(leads, day(-120), NOW)!;
    expect(result.openAtCutoff).toBeGreaterThan(100);
    expect(result.model.concordance!).toBeGreaterThan(result.baseline.concordance! + 0.05);
    expect(result.model.brier).toBeLessThan(result.baseline.brier);
  });

  it("fits nothing without enough closed leads, and the baseline gives every lead the same answer", () => {
    expect(fitTimingModel(leads.slice(0, 10), NOW)).toBeNull();
    const baseline = baselineHazards(leads, NOW);
    expect(predictTiming(baseline, 5)).toEqual(predictTiming(baseline, 5));
  });
});
