/**
 * The variance of a decomposition forecast's error, from the fitted series alone (pure functions,
 * no database, no clock). To first order the forecast line(t) × index(m) is a linear function of the
 * past values (the centred moving average, the least-squares line through it and the mean ratios
 * value ÷ trend are each linear or linearised at the estimates), so with w_j the forecast's
 * sensitivity to value j, its error against the month's value has the variance
 *   Var(noise at t) + Σ_j w_j² Var(noise at j),
 * the month's own noise plus the line's and the index's estimation error (correlation included).
 * The noise's variance is scale × μ² for relative noise (a value ± a share of itself) or scale × μ
 * for counts (scale ≥ 1: at least Poisson), μ the fitted line × index. The scale comes from the
 * fitted points' standardised errors, divided by what their sum is expected to be per unit of
 * scale (the same sensitivities fitted in-sample shrink them: at 24 months the middle year's index
 * is its own ratio, so those points say nothing of the noise). The interval is ± Student's t on
 * n − 13 degrees of freedom × the standard deviation.
 */

/** "relative": noise proportional to the level (rates, revenue); "count": Poisson-like counts (lead volumes). */
export type NoiseModel = "relative" | "count";

/** Parameters of the line and index fitted to the series, as forecast-variance needs them. */
export interface FittedSeries {
  values: readonly number[];
  /** Centred moving average, null where undefined. */
  trend: readonly (number | null)[];
  /** Seasonal index of each point. */
  seasonal: readonly number[];
  /** Month of year (0–11) of each point. */
  monthOfYear: readonly number[];
  trendLine: { intercept: number; slope: number };
  period: number;
}

export interface ForecastVariance {
  noise: NoiseModel;
  /** σ² of the relative noise, or the counts' dispersion (variance ÷ mean, at least 1). */
  scale: number;
  /**
   * Degrees of freedom of `scale`: the points used less the line's 2 parameters and the 11 free
   * indices. (The expected sum the scale is divided by is larger, about 22 at 24 months, because the
   * end points' errors also carry the indices' error; it is the right divisor for the scale, but
   * those errors are not 22 free draws: the middle year's are near 0.)
   */
  degreesOfFreedom: number;
  /** Variance of each past value's noise at the fitted scale. */
  pastVariance: number[];
  /** The line's sensitivity to value j at t: lineIntercept[j] + t × lineSlope[j]. */
  lineIntercept: Float64Array;
  lineSlope: Float64Array;
  /** indexSensitivity[m][j]: the change in month of year m's index per unit of value j. */
  indexSensitivity: Float64Array[];
}

/** The noise's variance at a fitted mean μ (never negative). */
export function noiseVariance(model: NoiseModel, scale: number, mu: number): number {
  const m = Math.max(0, mu);
  return model === "relative" ? scale * m * m : scale * m;
}

export function estimateForecastVariance(fit: FittedSeries, noise: NoiseModel): ForecastVariance {
  const { values, trend, seasonal, monthOfYear, trendLine, period } = fit;
  const n = values.length;
  const line = values.map((_, t) => trendLine.intercept + trendLine.slope * t);
  const mu = values.map((_, t) => Math.max(0, line[t]! * seasonal[t]!));

  // The least-squares line's weights on the trend points, composed with the moving average's on the values.
  const xs = trend.flatMap((y, x) => (y === null ? [] : [x]));
  const meanX = xs.reduce((a, x) => a + x, 0) / Math.max(1, xs.length);
  const sxx = xs.reduce((a, x) => a + (x - meanX) ** 2, 0);
  const lineIntercept = new Float64Array(n);
  const lineSlope = new Float64Array(n);
  const half = period / 2;
  const maWeight = (offset: number) => (Math.abs(offset) === half ? 0.5 : 1) / period;
  for (const x of xs) {
    const slopeWeight = sxx > 0 ? (x - meanX) / sxx : 0;
    const interceptWeight = 1 / xs.length - meanX * slopeWeight;
    for (let j = x - half; j <= x + half; j += 1) {
      lineIntercept[j] += maWeight(j - x) * interceptWeight;
      lineSlope[j] += maWeight(j - x) * slopeWeight;
    }
  }

  // The raw index of a month is the mean of value ÷ trend over its points; linearised, value j moves
  // the ratio of its own point by 1 ÷ trend and every ratio whose window holds it by −value × weight ÷ trend².
  const members: number[][] = Array.from({ length: period }, () => []);
  trend.forEach((level, t) => {
    if (level !== null && level > 0) members[monthOfYear[t]!]!.push(t);
  });
  const raw = members.map((ts) => (ts.length ? ts.reduce((a, t) => a + values[t]! / trend[t]!, 0) / ts.length : 1));
  const rawMean = raw.reduce((a, b) => a + b, 0) / period;
  const rawSensitivity = members.map((ts) => {
    const d = new Float64Array(n);
    for (const t of ts) {
      const level = trend[t]!;
      d[t] += 1 / level / ts.length;
      for (let j = t - half; j <= t + half; j += 1) d[j] -= (values[t]! * maWeight(j - t)) / level ** 2 / ts.length;
    }
    return d;
  });
  const indexSensitivity = members.map((_, m) => {
    const d = new Float64Array(n);
    if (!(rawMean > 0)) return d;
    for (let j = 0; j < n; j += 1) {
      let meanD = 0;
      for (const r of rawSensitivity) meanD += r[j]! / period;
      d[j] = rawSensitivity[m]![j]! / rawMean - (raw[m]! * meanD) / rawMean ** 2;
    }
    return d;
  });

  // Scale: Σ standardised squared errors ÷ their expectation per unit of scale, Σ_t Σ_j G_tj² unit_j ÷ unit_t,
  // with G_tj = [t = j] − index_t × line sensitivity − line_t × index sensitivity.
  const unit = mu.map((m) => noiseVariance(noise, 1, m));
  let sum = 0;
  let expected = 0;
  let used = 0;
  for (let t = 0; t < n; t += 1) {
    if (!(unit[t]! > 0)) continue;
    used += 1;
    sum += (values[t]! - mu[t]!) ** 2 / unit[t]!;
    const sens = indexSensitivity[monthOfYear[t]!]!;
    let g2 = 0;
    for (let j = 0; j < n; j += 1) {
      const g = (t === j ? 1 : 0) - seasonal[t]! * (lineIntercept[j]! + t * lineSlope[j]!) - line[t]! * sens[j]!;
      g2 += g * g * unit[j]!;
    }
    expected += g2 / unit[t]!;
  }
  const estimated = expected > 0 ? sum / expected : 0;
  const scale = noise === "count" ? Math.max(1, estimated) : estimated;
  return {
    noise,
    scale,
    degreesOfFreedom: Math.max(1, used - 2 - (period - 1)),
    pastVariance: mu.map((m) => noiseVariance(noise, scale, m)),
    lineIntercept,
    lineSlope,
    indexSensitivity,
  };
}

/** Variance of the error of the forecast line(t) × index of `monthOfYear` against the value at t. */
export function forecastErrorVariance(v: ForecastVariance, t: number, line: number, index: number, monthOfYear: number): number {
  const sens = v.indexSensitivity[monthOfYear]!;
  let estimation = 0;
  v.pastVariance.forEach((variance, j) => {
    const w = index * (v.lineIntercept[j]! + t * v.lineSlope[j]!) + line * sens[j]!;
    estimation += w * w * variance;
  });
  return noiseVariance(v.noise, v.scale, line * index) + estimation;
}
/**
 * Two-sided quantile of Student's t with `df` degrees of freedom at the normal quantile `z`
 * (1.96 for 95%), by the Cornish–Fisher expansion (Abramowitz & Stegun 26.7.5): within 0.01 of
 * the table from 5 degrees of freedom.
 */
export function studentT(z: number, df: number): number {
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3);
}
