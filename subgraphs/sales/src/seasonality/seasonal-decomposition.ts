/**
 * Classical multiplicative seasonal decomposition of a monthly series and a 3-month forecast:
 * pure functions over plain arrays (no database, no clock).
 *
 * value = trend × seasonal index (by month of year) + residual
 * - trend: the centred 2×12 moving average (undefined for the first and last 6 months);
 * - seasonal index of a month of year: the mean of value ÷ trend over that month's points,
 *   normalised so the twelve indices average 1;
 * - residual: value − trend × index, in the series' own units.
 * The forecast extends a least-squares line through the trend points and multiplies it by the
 * month's index; its interval is ± 1.96 × the standard deviation of the same line × index fitted
 * to the past (value − line × index over every month), which holds both the noise and the trend's
 * wander around its line (the decomposition residuals alone hold only the noise and made intervals
 * that covered 63–80% instead of 95% in the benchmark).
 */

export const PERIOD = 12;
/** Two full years: the least from which every month of year gets a seasonal ratio. */
export const MIN_MONTHS_FOR_DECOMPOSITION = 2 * PERIOD;
export const FORECAST_HORIZON = 3;
const Z_95 = 1.96;

export interface Decomposition {
  /** Centred moving average; null where the window does not fit (the first and last 6 months). */
  trend: (number | null)[];
  /** The seasonal index of each point's month of year (1 = an average month). */
  seasonal: number[];
  /** value − trend × seasonal; null where the trend is. */
  residual: (number | null)[];
  /** The twelve indices by month of year, January first. */
  indices: number[];
  /** Standard deviation of the residuals. */
  residualSd: number;
  /** Standard deviation of value − trend line × index over every point (on n − 13 degrees of freedom): the forecast's spread. */
  forecastSd: number;
  /** Intercept and slope (per month) of the line through the trend points, indexed like the series. */
  trendLine: { intercept: number; slope: number };
}

export interface ForecastPoint {
  /** Months after the series' last point (1, 2, 3). */
  step: number;
  /** Month of year, 0 = January. */
  monthOfYear: number;
  value: number;
  low: number;
  high: number;
}

/** Centred 2×12 moving average (weights 1/24 at the ends, 1/12 inside). */
export function centredMovingAverage(values: readonly number[], period = PERIOD): (number | null)[] {
  const half = period / 2;
  return values.map((_, t) => {
    if (t - half < 0 || t + half >= values.length) return null;
    let sum = (values[t - half]! + values[t + half]!) / 2;
    for (let k = t - half + 1; k < t + half; k += 1) sum += values[k]!;
    return sum / period;
  });
}

/**
 * Decomposes a complete monthly series (no missing values, ≥ 24 points) whose first point falls in
 * month of year `firstMonthOfYear` (0 = January). Null when the series is too short.
 */
export function decompose(values: readonly number[], firstMonthOfYear: number): Decomposition | null {
  if (values.length < MIN_MONTHS_FOR_DECOMPOSITION) return null;
  const trend = centredMovingAverage(values);
  const ratios: number[][] = Array.from({ length: PERIOD }, () => []);
  trend.forEach((level, t) => {
    if (level !== null && level > 0) ratios[(firstMonthOfYear + t) % PERIOD]!.push(values[t]! / level);
  });
  const raw = ratios.map((r) => (r.length ? r.reduce((a, b) => a + b, 0) / r.length : 1));
  const mean = raw.reduce((a, b) => a + b, 0) / PERIOD;
  const indices = raw.map((r) => (mean > 0 ? r / mean : 1));
  const seasonal = values.map((_, t) => indices[(firstMonthOfYear + t) % PERIOD]!);
  const residual = values.map((v, t) => (trend[t] === null ? null : v - trend[t]! * seasonal[t]!));
  const known = residual.filter((r): r is number => r !== null);
  const residualMean = known.reduce((a, b) => a + b, 0) / known.length;
  const residualSd = Math.sqrt(known.reduce((a, r) => a + (r - residualMean) ** 2, 0) / Math.max(1, known.length - 1));
  const trendLine = fitLine(trend);
  const lineErrors = values.map((v, t) => v - (trendLine.intercept + trendLine.slope * t) * seasonal[t]!);
  // Degrees of freedom: the line's 2 parameters and the 11 free seasonal indices were fitted to these points.
  const forecastSd = Math.sqrt(lineErrors.reduce((a, e) => a + e * e, 0) / Math.max(1, values.length - 2 - (PERIOD - 1)));
  return { trend, seasonal, residual, indices, residualSd, forecastSd, trendLine };
}

/** Ordinary least squares of the defined trend points on their index. */
function fitLine(trend: readonly (number | null)[]): { intercept: number; slope: number } {
  const points = trend.flatMap((y, x) => (y === null ? [] : [{ x, y }]));
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  const sxx = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  const slope = sxx > 0 ? points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0) / sxx : 0;
  return { intercept: my - slope * mx, slope };
}

/** The next `horizon` months after a series of `length` points: trend line × seasonal index, clipped to [min, max]. */
export function forecast(decomposition: Decomposition, length: number, firstMonthOfYear: number, options: { horizon?: number; min?: number; max?: number } = {}): ForecastPoint[] {
  const { horizon = FORECAST_HORIZON, min = 0, max = Number.POSITIVE_INFINITY } = options;
  const clip = (v: number) => Math.min(max, Math.max(min, v));
  const { intercept, slope } = decomposition.trendLine;
  return Array.from({ length: horizon }, (_, i) => {
    const t = length + i;
    const monthOfYear = (firstMonthOfYear + t) % PERIOD;
    const centre = (intercept + slope * t) * decomposition.indices[monthOfYear]!;
    const spread = Z_95 * decomposition.forecastSd;
    return { step: i + 1, monthOfYear, value: clip(centre), low: clip(centre - spread), high: clip(centre + spread) };
  });
}
