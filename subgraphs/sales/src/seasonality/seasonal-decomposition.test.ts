import { describe, expect, it } from "vitest";
import { centredMovingAverage, decompose, forecast } from "./seasonal-decomposition";
import { rollingOriginBacktest, simulateSeasonalSeries } from "./seasonality-backtest";

/** A seeded standard normal (LCG + Box–Muller), so the tests are fixed. */
function seededNormal(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

// A pronounced season: a spring peak and a December trough, averaging 1.
const INDICES = [0.8, 0.9, 1.2, 1.4, 1.3, 1.1, 0.9, 0.85, 1.0, 1.05, 0.95, 0.55];

describe("centredMovingAverage", () => {
  it("is undefined for the first and last six months and equals the level of a flat series", () => {
    const ma = centredMovingAverage(Array.from({ length: 30 }, () => 7));
    expect(ma.slice(0, 6)).toEqual(Array(6).fill(null));
    expect(ma.slice(-6)).toEqual(Array(6).fill(null));
    for (const v of ma.slice(6, -6)) expect(v).toBeCloseTo(7, 12);
  });

  it("passes a straight line through unchanged (weights 1/24 at the ends)", () => {
    const line = Array.from({ length: 26 }, (_, t) => 3 + 2 * t);
    const ma = centredMovingAverage(line);
    for (let t = 6; t < 20; t += 1) expect(ma[t]).toBeCloseTo(line[t]!, 10);
  });
});

describe("decompose", () => {
  it("recovers the seasonal indices of a series with trend, season and 5% noise", () => {
    const values = simulateSeasonalSeries({ months: 60, firstMonthOfYear: 3, level: 200, slope: 2, indices: INDICES, noiseSd: 0.05, normal: seededNormal(7) });
    const d = decompose(values, 3)!;
    d.indices.forEach((index, month) => expect(Math.abs(index - INDICES[month]!), `month ${month}`).toBeLessThan(0.05));
    // The trend line's slope is the simulated one (2 per month) within 10%.
    expect(d.trendLine.slope).toBeGreaterThan(1.8);
    expect(d.trendLine.slope).toBeLessThan(2.2);
  });

  it("recovers the indices exactly without noise, with residuals of zero", () => {
    const values = simulateSeasonalSeries({ months: 36, firstMonthOfYear: 0, level: 100, slope: 0, indices: INDICES, noiseSd: 0, normal: () => 0 });
    const d = decompose(values, 0)!;
    d.indices.forEach((index, month) => expect(index).toBeCloseTo(INDICES[month]!, 10));
    for (const r of d.residual) if (r !== null) expect(Math.abs(r)).toBeLessThan(1e-9);
    expect(d.residualSd).toBeLessThan(1e-9);
  });

  it("needs two full years", () => {
    expect(decompose(Array(23).fill(10), 0)).toBeNull();
    expect(decompose(Array(24).fill(10), 0)).not.toBeNull();
  });
});

describe("forecast", () => {
  it("continues trend × season for the next three months with an interval that holds the truth", () => {
    const spec = { firstMonthOfYear: 0, level: 100, slope: 1, indices: INDICES, noiseSd: 0.03, normal: seededNormal(11) };
    const values = simulateSeasonalSeries({ ...spec, months: 48 });
    const points = forecast(decompose(values, 0)!, 48, 0);
    expect(points.map((p) => p.monthOfYear)).toEqual([0, 1, 2]);
    points.forEach((p, i) => {
      const truth = (100 + 48 + i) * INDICES[i]!;
      expect(Math.abs(p.value - truth) / truth).toBeLessThan(0.06);
      expect(p.low).toBeLessThan(truth);
      expect(p.high).toBeGreaterThan(truth);
    });
  });

  it("clips to the given bounds (a rate stays within 0 and 1)", () => {
    const values = simulateSeasonalSeries({ months: 36, firstMonthOfYear: 0, level: 0.9, slope: 0.01, indices: INDICES, noiseSd: 0.2, normal: seededNormal(3) });
    for (const p of forecast(decompose(values, 0)!, 36, 0, { min: 0, max: 1 })) {
      expect(p.low).toBeGreaterThanOrEqual(0);
      expect(p.high).toBeLessThanOrEqual(1);
    }
  });
});

describe("rollingOriginBacktest", () => {
  it("beats seasonal naive on a trending seasonal series (naive misses a year of trend)", () => {
    const values = simulateSeasonalSeries({ months: 72, firstMonthOfYear: 0, level: 100, slope: 3, indices: INDICES, noiseSd: 0.05, normal: seededNormal(5) });
    const result = rollingOriginBacktest(values, 0)!;
    expect(result.origins).toBe(72 - 24);
    expect(result.model.mae).toBeLessThan(result.seasonalNaive.mae);
    expect(result.byStep.map((s) => s.step)).toEqual([1, 2, 3]);
  });

  it("scores each forecast against the month it forecasts (a pure season is forecast exactly)", () => {
    const values = simulateSeasonalSeries({ months: 40, firstMonthOfYear: 5, level: 50, slope: 0, indices: INDICES, noiseSd: 0, normal: () => 0 });
    const result = rollingOriginBacktest(values, 5)!;
    expect(result.model.mae).toBeLessThan(1e-9);
    expect(result.seasonalNaive.mae).toBeLessThan(1e-9);
    // 16 origins; the last two have fewer than 3 months after them: 14×3 + 2 + 1.
    expect(result.model.forecasts).toBe(45);
  });

  it("has nothing to score before two years and a month", () => {
    expect(rollingOriginBacktest(Array(24).fill(1), 0)).toBeNull();
  });
});
