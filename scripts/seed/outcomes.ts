/**
 * Each lead's outcome process, as in a real pipeline: lost leads are disqualified within days or a
 * few weeks, won leads take weeks to close, and some leads go stale and stay open.
 */
import type { Rng } from "./random";

/** Share of leads that will not be won which go stale (stay open) instead of being disqualified. */
export const STALE_SHARE = 0.4;
/** Days from creation to a loss: log-normal, median and spread (most within 2–30 days). */
export const LOST_DAYS = { median: 8, sigma: 0.75, min: 0.5, max: 120 } as const;
/** Days from creation to a win: log-normal, median and spread (most within 10–60 days). */
export const WON_DAYS = { median: 26, sigma: 0.5, min: 4, max: 150 } as const;

export type Fate = { outcome: "WON" | "LOST"; afterDays: number } | { outcome: "STALE" };

/** A lead's eventual outcome and when it happens, given its probability of ever being won. */
export function drawFate(rng: Rng, winProbability: number): Fate {
  if (rng.chance(winProbability)) return { outcome: "WON", afterDays: logNormalDays(rng, WON_DAYS) };
  if (rng.chance(STALE_SHARE)) return { outcome: "STALE" };
  return { outcome: "LOST", afterDays: logNormalDays(rng, LOST_DAYS) };
}

/**
 * The mean probability of ever being won at which won / (won + lost) is `winRate` once every lead
 * has closed or gone stale: stale leads come out of the would-be losses.
 */
export function eventualWinProbability(winRate: number): number {
  return (winRate * (1 - STALE_SHARE)) / (1 - winRate * STALE_SHARE);
}

/** The intercept at which the mean of sigmoid(logit + intercept) over these logits is `target` (bisection). */
export function calibrateIntercept(logits: readonly number[], target: number): number {
  if (!logits.length) return 0;
  let lo = -30;
  let hi = 30;
  for (let i = 0; i < 60; i += 1) {
    const mid = (lo + hi) / 2;
    const mean = logits.reduce((sum, z) => sum + sigmoid(z + mid), 0) / logits.length;
    if (mean < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function logNormalDays(rng: Rng, shape: { median: number; sigma: number; min: number; max: number }): number {
  const days = shape.median * Math.exp(shape.sigma * rng.normal());
  return Math.min(shape.max, Math.max(shape.min, days));
}
