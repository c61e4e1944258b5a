/**
 * Rolling-origin backtest (Tashman 2000) of the decomposition forecast against seasonal naive
 * (the same month last year), and a simulator of monthly series with a known trend and season.
 */
import { decompose, FORECAST_HORIZON, forecast, MIN_MONTHS_FOR_DECOMPOSITION, type NoiseModel, PERIOD } from "./seasonal-decomposition";

export interface ForecastErrors {
  /** Forecasts scored (origin × step pairs with an actual value). */
  forecasts: number;
  mae: number;
  /** Mean absolute percentage error over actuals ≠ 0, in percent; null when every actual is 0. */
  mape: number | null;
  /** Share of actuals inside the model's interval; null for the baseline (it has none). */
  coverage: number | null;
  /** Mean of (high − low) ÷ forecast over forecasts > 0: the interval's width relative to the forecast; null for the baseline. */
  relativeWidth: number | null;
}

export interface BacktestResult {
  origins: number;
  model: ForecastErrors;
  seasonalNaive: ForecastErrors;
  /** The same, per step ahead (1, 2, 3). */
  byStep: { step: number; model: ForecastErrors; seasonalNaive: ForecastErrors }[];
}

interface Scored {
  step: number;
  actual: number;
  model: number;
  low: number;
  high: number;
  naive: number;
}

/**
 * Every origin from `minTrain` months to the end: fit on the months before it, forecast the next
 * 1–3, compare with what came. Null when the series has no origin with a month after it.
 */
export function rollingOriginBacktest(
  values: readonly number[],
  firstMonthOfYear: number,
  options: { minTrain?: number; horizon?: number; min?: number; max?: number; noise?: NoiseModel } = {},
): BacktestResult | null {
  const { minTrain = MIN_MONTHS_FOR_DECOMPOSITION, horizon = FORECAST_HORIZON, min, max, noise } = options;
  const scored: Scored[] = [];
  let origins = 0;
  for (let origin = Math.max(minTrain, MIN_MONTHS_FOR_DECOMPOSITION); origin < values.length; origin += 1) {
    const decomposition = decompose(values.slice(0, origin), firstMonthOfYear, { noise });
    if (!decomposition) continue;
    origins += 1;
    for (const point of forecast(decomposition, origin, firstMonthOfYear, { horizon, min, max })) {
      const t = origin + point.step - 1;
      if (t >= values.length) break;
      scored.push({ step: point.step, actual: values[t]!, model: point.value, low: point.low, high: point.high, naive: values[t - PERIOD]! });
    }
  }
  if (scored.length === 0) return null;
  return {
    origins,
    model: errors(scored, "model"),
    seasonalNaive: errors(scored, "naive"),
    byStep: Array.from({ length: horizon }, (_, i) => i + 1).map((step) => {
      const at = scored.filter((s) => s.step === step);
      return { step, model: errors(at, "model"), seasonalNaive: errors(at, "naive") };
    }),
  };
}

function errors(scored: readonly Scored[], which: "model" | "naive"): ForecastErrors {
  const abs = scored.map((s) => Math.abs(s.actual - s[which]));
  const positive = scored.filter((s) => s.model > 0);
  const pct = scored.filter((s) => s.actual !== 0).map((s) => Math.abs(s.actual - s[which]) / Math.abs(s.actual));
  return {
    forecasts: scored.length,
    mae: abs.reduce((a, b) => a + b, 0) / Math.max(1, abs.length),
    mape: pct.length ? (100 * pct.reduce((a, b) => a + b, 0)) / pct.length : null,
    coverage: which === "model" && scored.length ? scored.filter((s) => s.actual >= s.low && s.actual <= s.high).length / scored.length : null,
    relativeWidth: which === "model" && positive.length ? positive.reduce((a, s) => a + (s.high - s.low) / s.model, 0) / positive.length : null,
  };
}

export interface SeasonalSeriesSpec {
  months: number;
  firstMonthOfYear: number;
  /** Level at the first month. */
  level: number;
  /** Added to the level each month. */
  slope: number;
  /** Twelve multiplicative indices, January first. */
  indices: readonly number[];
  /** Standard deviation of the multiplicative noise (0.1 = ±10%). */
  noiseSd: number;
  /** A standard normal draw per call (seeded by the caller). */
  normal: () => number;
}

/** value_t = (level + slope·t) × index(month) × (1 + noiseSd·ε), never below 0. */
export function simulateSeasonalSeries(spec: SeasonalSeriesSpec): number[] {
  return Array.from({ length: spec.months }, (_, t) => {
    const index = spec.indices[(spec.firstMonthOfYear + t) % PERIOD]!;
    return Math.max(0, (spec.level + spec.slope * t) * index * (1 + spec.noiseSd * spec.normal()));
  });
}
