/**
 * Time-split backtest of purchase timing (rolling origin, Tashman 2000): the model and the
 * baseline are fitted on what was known at the cutoff, then every lead open at the cutoff is
 * scored as it stood then, and checked against what happened in the following 90 days (the
 * follow-up must have ended). Pure.
 */
import { brier, calibrationTable, expectedCalibrationError, type CalibrationBin } from "@revgraph/learning";
import { concordanceIndex } from "./concordance";
import { asKnownAt, baselineHazards, fitTimingModel, modelHazards, predictTiming, stageAt, type HazardFunction, type TimingLead } from "./time-to-event";

const DAY_MS = 86_400_000;
const WINDOW_DAYS = 90;

export interface TimingScore {
  concordance: number | null;
  brier: number;
  calibrationError: number;
  meanPredicted: number;
  calibration: CalibrationBin[];
}

export interface TimingBacktest {
  cutoff: Date;
  trainedOnClosed: number;
  openAtCutoff: number;
  wonWithin90Days: number;
  model: TimingScore;
  baseline: TimingScore;
}

export function backtestTiming(leads: readonly TimingLead[], cutoff: Date, end: Date): TimingBacktest | null {
  if (end.getTime() < cutoff.getTime() + WINDOW_DAYS * DAY_MS) return null;
  const model = fitTimingModel(leads, cutoff);
  if (!model) return null;
  const baseline = baselineHazards(leads, cutoff);
  const open = leads.filter((l) => asKnownAt(l, cutoff)?.closedAt === null);
  const labels = open.map((l) => (l.status === "WON" && l.closedAt && l.closedAt.getTime() <= cutoff.getTime() + WINDOW_DAYS * DAY_MS ? 1 : 0));
  const score = (hazardsOf: (lead: TimingLead) => HazardFunction): TimingScore => {
    const p = open.map((l) => predictTiming(hazardsOf(l), (cutoff.getTime() - l.createdAt.getTime()) / DAY_MS).probabilityWithin90Days);
    const outcomes = open.map((l, i) => {
      const won = l.status === "WON" && l.closedAt != null && l.closedAt.getTime() <= end.getTime();
      const lost = l.status === "LOST" && l.closedAt != null && l.closedAt.getTime() <= end.getTime();
      const time = ((won ? l.closedAt!.getTime() : end.getTime()) - cutoff.getTime()) / DAY_MS;
      return { time, won, lost, risk: p[i] };
    });
    return {
      concordance: concordanceIndex(outcomes),
      brier: brier(p, labels),
      calibrationError: expectedCalibrationError(p, labels),
      meanPredicted: p.reduce((a, b) => a + b, 0) / Math.max(1, p.length),
      calibration: calibrationTable(p, labels),
    };
  };
  return {
    cutoff,
    trainedOnClosed: leads.filter((l) => l.closedAt && l.closedAt.getTime() <= cutoff.getTime()).length,
    openAtCutoff: open.length,
    wonWithin90Days: labels.reduce<number>((a, b) => a + b, 0),
    model: score((l) => modelHazards(model, stageAt(l, cutoff), l.source)),
    baseline: score(() => baseline),
  };
}
