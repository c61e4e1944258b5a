/**
 * BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): while alive a
 * customer buys at Poisson rate λ ~ Gamma(r, α); after each purchase they drop out with
 * probability p ~ Beta(a, b). Pure functions over per-customer summaries.
 */
import { logBeta, logGamma } from "./special-functions";
import { LOG_BOUND, minimize } from "./nelder-mead";

export interface BgNbdParameters {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** A customer's history as of a moment: x repeat purchases, the last at tx, observed for T (same unit), all since the first purchase. */
export interface CustomerHistory {
  x: number;
  tx: number;
  T: number;
}

/** Log-likelihood of one customer's history (FHL 2005, eq. 6). */
export function bgNbdLogLikelihood({ r, alpha, a, b }: BgNbdParameters, { x, tx, T }: CustomerHistory): number {
  const base = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + logBeta(a, b + x) - logBeta(a, b);
  const stayed = -(r + x) * Math.log(alpha + T);
  if (x === 0) return base + stayed;
  const left = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
  const high = Math.max(stayed, left);
  return base + high + Math.log(Math.exp(stayed - high) + Math.exp(left - high));
}

/** Maximum-likelihood fit by Nelder–Mead on the log parameters, from two starts (the better one wins). */
export function fitBgNbd(customers: readonly CustomerHistory[]): { parameters: BgNbdParameters; logLikelihood: number } {
  const meanT = customers.reduce((sum, c) => sum + c.T, 0) / Math.max(1, customers.length);
  const negative = (theta: number[]) => {
    const params = { r: Math.exp(theta[0]), alpha: Math.exp(theta[1]), a: Math.exp(theta[2]), b: Math.exp(theta[3]) };
    let sum = 0;
    for (const c of customers) sum += bgNbdLogLikelihood(params, c);
    return -sum;
  };
  const starts = [
    [0, Math.log(Math.max(1, meanT)), 0, 0],
    [Math.log(0.3), Math.log(Math.max(1, meanT / 4)), Math.log(0.5), Math.log(3)],
  ];
  let best = minimize(negative, starts[0], { maxIterations: 4000, bound: LOG_BOUND });
  for (const start of starts.slice(1)) {
    const result = minimize(negative, start, { maxIterations: 4000, bound: LOG_BOUND });
    if (result.value < best.value) best = result;
  }
  // A restart from the optimum guards against a collapsed simplex.
  best = minimize(negative, best.x, { maxIterations: 4000, step: 0.1, bound: LOG_BOUND });
  const [r, alpha, a, b] = best.x.map(Math.exp);
  return { parameters: { r, alpha, a, b }, logLikelihood: -best.value };
}

/** P(alive | history) (FHL 2005, eq. 11). */
export function probabilityAlive({ r, alpha, a, b }: BgNbdParameters, { x, tx, T }: CustomerHistory): number {
  if (x === 0) return 1;
  const logRatio = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  return 1 / (1 + Math.exp(logRatio));
}

const QUADRATURE_POINTS = 2000;

/**
 * Expected purchases in the next `t` given the history (FHL 2005, eq. 10), computed without the
 * hypergeometric function: given alive, λ ~ Gamma(r + x, α + T) and p ~ Beta(a, b + x), and
 * E[Y | p] = (1 − ((α + T)/(α + T + p t))^(r + x)) / p; the integral over p is taken numerically
 * by the midpoint rule, over p when a ≥ 1 (bounded density) and over u = p^a when a < 1 (which
 * removes the density's singularity at 0). Valid for every a > 0, where eq. 10 needs a > 1.
 */
export function expectedPurchases(params: BgNbdParameters, history: CustomerHistory, t: number): number {
  const { r, alpha, a, b } = params;
  const { x, T } = history;
  const shape = r + x;
  const scale = alpha + T;
  const betaB = b + x;
  const perP = (p: number) => (p < 1e-12 ? (shape * t) / scale : -Math.expm1(shape * Math.log(scale / (scale + p * t))) / p);
  const logB = logBeta(a, betaB);
  let sum = 0;
  for (let i = 0; i < QUADRATURE_POINTS; i++) {
    const v = (i + 0.5) / QUADRATURE_POINTS;
    if (a >= 1) {
      // The Beta(a, b + x) density at p = v, in logs (B underflows for extreme parameters).
      sum += perP(v) * Math.exp((a - 1) * Math.log(v) + (betaB - 1) * Math.log1p(-v) - logB);
    } else {
      // p = v^(1/a): p^(a−1) dp = dv / a. Kept below 1: with tiny a, v^(1/a) can round to 1.
      const p = Math.min(1 - 1e-12, Math.pow(v, 1 / a));
      sum += perP(p) * Math.exp((betaB - 1) * Math.log1p(-p) - logB - Math.log(a));
    }
  }
  return probabilityAlive(params, history) * (sum / QUADRATURE_POINTS);
}
