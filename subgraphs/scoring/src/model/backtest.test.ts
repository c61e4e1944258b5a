// The scenario the landmark design fixes: lost leads close sooner than won ones, and wins depend on the first week.
// Regression guarded: training on closed leads as of their close made a young open lead look like
// a lead that was lost fast (probabilities near 1% with "high confidence" on week-old leads).
import { describe, expect, it } from "vitest";
import { backtestCutoffs, prepareBacktest, runBacktest, type Backtest } from "./backtest";
import { DAY_MS } from "./features";
import { HORIZON_DAYS } from "./landmarks";
import { simulatePipeline, trueWinWithin } from "./pipeline-simulation";
import type { LandmarkOptions } from "./landmarks";

const NOW = new Date("2026-06-01T00:00:00Z");

function backtestWith(design: LandmarkOptions["design"]): Backtest {
  const leads = simulatePipeline({ seed: 7, leads: 2400, days: 360, now: NOW });
  const truth = new Map(leads.map((l) => [l.facts.leadId, l.winProbability]));
  const prepared = prepareBacktest({ orgFacts: leads.map((l) => l.facts), now: NOW, options: { landmarks: { design } } });
  return runBacktest(prepared, {
    repLeadIds: null,
    reference: (facts, at) => trueWinWithin(truth.get(facts.leadId) as number, (at.getTime() - facts.createdAt.getTime()) / DAY_MS, HORIZON_DAYS),
  });
}

describe("as-of backtest on a pipeline where lost leads close sooner than won ones", () => {
  const landmarks = backtestWith("landmarks");
  const atClose = backtestWith("at-close");
  const band = (b: Backtest) => b.byAge.find((x) => x.band === "15-60 days")!;

  it("places its cutoffs so that every label's horizon has passed", () => {
    const leads = simulatePipeline({ seed: 7, leads: 200, days: 360, now: NOW }).map((l) => l.facts);
    const cutoffs = backtestCutoffs(leads, NOW);
    expect(cutoffs).toHaveLength(3);
    for (const c of cutoffs) expect(c.getTime()).toBeLessThanOrEqual(NOW.getTime() - HORIZON_DAYS * DAY_MS);
  });

  it("ranks open leads of 15-60 days within 0.05 AUC of the truth and with a mean probability within ×1.5 of the observed rate", () => {
    const b = band(landmarks);
    expect(b.count).toBeGreaterThan(100);
    expect(b.reference!.auc! - b.model!.auc!).toBeLessThan(0.05);
    expect(b.meanPredicted / b.observedRate).toBeGreaterThan(1 / 1.5);
    expect(b.meanPredicted / b.observedRate).toBeLessThan(1.5);
  });

  it("shows the at-close design failing the same test", () => {
    const b = band(atClose);
    const ratio = b.meanPredicted / b.observedRate;
    const failsRanking = b.reference!.auc! - b.model!.auc! >= 0.05;
    const failsCalibration = ratio < 1 / 1.5 || ratio > 1.5;
    expect(failsRanking || failsCalibration).toBe(true);
  });

  it("is better calibrated overall than the at-close design", () => {
    expect(landmarks.overall.model!.ece).toBeLessThan(atClose.overall.model!.ece);
    expect(landmarks.overall.model!.logLoss).toBeLessThan(atClose.overall.model!.logLoss);
  });
});
