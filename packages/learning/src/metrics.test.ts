// Unit tests: AUC, Brier, log loss and calibration against hand-computed values.
import { describe, expect, it } from "vitest";
import { auc, brier, calibrationTable, expectedCalibrationError, liftTable, logLoss, qualityMetrics } from "./metrics";

describe("metrics", () => {
  it("AUC counts correctly ordered positive/negative pairs", () => {
    // Pairs (pos, neg): (0.35, 0.1) ✓, (0.35, 0.4) ✗, (0.8, 0.1) ✓, (0.8, 0.4) ✓ → 3/4.
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75, 12);
    expect(auc([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0])).toBe(1);
    expect(auc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
  });

  it("AUC counts ties as one half", () => {
    expect(auc([0.5, 0.5], [0, 1])).toBe(0.5);
    // pos 0.5 vs negs {0.5, 0.2}: 0.5 + 1 → 0.75.
    expect(auc([0.5, 0.5, 0.2], [1, 0, 0])).toBeCloseTo(0.75, 12);
  });

  it("AUC is null when the test set has only one class", () => {
    expect(auc([0.2, 0.7], [1, 1])).toBeNull();
    expect(auc([], [])).toBeNull();
  });

  it("Brier score is the mean squared error of the probabilities", () => {
    expect(brier([0.2, 0.7], [0, 1])).toBeCloseTo((0.04 + 0.09) / 2, 12);
  });

  it("log loss is the mean negative log likelihood", () => {
    expect(logLoss([0.5, 0.8], [1, 0])).toBeCloseTo((Math.log(2) + Math.log(5)) / 2, 12);
    expect(Number.isFinite(logLoss([0, 1], [1, 0]))).toBe(true);
  });

  it("expected calibration error weighs each bin's gap by its share of predictions", () => {
    // Bin [0.1,0.2): mean 0.15, observed 0.5 → 0.35 × 1/2; bin [0.8,0.9): 0.85 vs 1 → 0.15 × 1/2.
    const p = [0.15, 0.15, 0.85, 0.85];
    const y = [0, 1, 1, 1];
    expect(expectedCalibrationError(p, y)).toBeCloseTo(0.25, 12);
    const table = calibrationTable(p, y);
    expect(table).toHaveLength(2);
    expect(table[0]).toMatchObject({ count: 2, observedRate: 0.5 });
    expect(table[0].from).toBeCloseTo(0.1, 12);
    expect(table[1].meanPredicted).toBeCloseTo(0.85, 12);
  });

  it("a probability of exactly 1 falls in the last bin", () => {
    expect(calibrationTable([1], [1])[0].from).toBeCloseTo(0.9, 12);
  });

  it("summarizes all four metrics at once", () => {
    const m = qualityMetrics([0.1, 0.9], [0, 1]);
    expect(m.auc).toBe(1);
    expect(m.brier).toBeCloseTo(0.01, 12);
    expect(m.ece).toBeCloseTo(0.1, 12);
  });
});

describe("liftTable", () => {
  it("ranks by probability, cuts equal groups and compares each with the overall rate", () => {
    // 20 leads: the top 4 by probability all won, then 2 of the next 16.
    const p = Array.from({ length: 20 }, (_, i) => 1 - i / 20);
    const y = p.map((_, i) => (i < 4 || i === 10 || i === 15 ? 1 : 0));
    const table = liftTable(p, y, 5);
    expect(table.map((g) => g.count)).toEqual([4, 4, 4, 4, 4]);
    expect(table[0]).toMatchObject({ group: 1, observedRate: 1, cumulativeShareOfWins: 4 / 6 });
    expect(table[0]!.lift).toBeCloseTo(1 / (6 / 20), 10);
    expect(table.map((g) => g.observedRate)).toEqual([1, 0, 0.25, 0.25, 0]);
    expect(table.at(-1)!.cumulativeShareOfWins).toBe(1);
  });

  it("gives no lift when nothing was won, and nothing for no leads", () => {
    expect(liftTable([0.3, 0.2], [0, 0], 2).map((g) => g.lift)).toEqual([null, null]);
    expect(liftTable([], [])).toEqual([]);
  });
});
