/**
 * Gamma-Gamma model of spend per purchase (Fader & Hardie 2013): each purchase's value is
 * Gamma(p, ν) around the customer's own mean p/ν, and ν ~ Gamma(q, γ) across customers.
 * Pure functions over (number of purchases, their mean value).
 */
import { logGamma } from "./special-functions";
import { LOG_BOUND, minimize } from "./nelder-mead";

export interface GammaGammaParameters {
  p: number;
  q: number;
  gamma: number;
}

export interface SpendHistory {
  /** Purchases with a positive value. */
  n: number;
  /** Their mean value. */
  mean: number;
}

/** Log-likelihood of a customer's mean spend: the mean of n Gamma(p, ν) is Gamma(pn, nν), integrated over ν. */
export function gammaGammaLogLikelihood({ p, q, gamma }: GammaGammaParameters, { n, mean }: SpendHistory): number {
  const pn = p * n;
  return logGamma(pn + q) - logGamma(pn) - logGamma(q) + q * Math.log(gamma) + pn * Math.log(n) + (pn - 1) * Math.log(mean) - (pn + q) * Math.log(gamma + n * mean);
}

/** Fitted on spend divided by its overall mean (γ scales with the currency; p and q do not), so the log-scale box fits any currency. */
export function fitGammaGamma(customers: readonly SpendHistory[]): { parameters: GammaGammaParameters; logLikelihood: number } {
  const usable = customers.filter((c) => c.n > 0 && c.mean > 0);
  const scale = usable.reduce((sum, c) => sum + c.mean, 0) / Math.max(1, usable.length) || 1;
  const scaled = usable.map((c) => ({ n: c.n, mean: c.mean / scale }));
  const negative = (theta: number[]) => {
    const params = { p: Math.exp(theta[0]), q: Math.exp(theta[1]), gamma: Math.exp(theta[2]) };
    let sum = 0;
    for (const c of scaled) sum += gammaGammaLogLikelihood(params, c);
    return -sum;
  };
  // Start at p = 2, q = 3 and γ = 1, which puts the population mean pγ/(q − 1) at the overall mean.
  let best = minimize(negative, [Math.log(2), Math.log(3), 0], { maxIterations: 4000, bound: LOG_BOUND });
  best = minimize(negative, best.x, { maxIterations: 4000, step: 0.1, bound: LOG_BOUND });
  const [p, q, gamma] = best.x.map(Math.exp);
  // The density of the unscaled means is the scaled one divided by the scale.
  const logLikelihood = -best.value - scaled.length * Math.log(scale);
  return { parameters: { p, q, gamma: gamma * scale }, logLikelihood };
}

/** E[value of a purchase | history]: the posterior mean p(γ + n·mean)/(pn + q − 1); the population mean without history. */
export function expectedSpend({ p, q, gamma }: GammaGammaParameters, { n, mean }: SpendHistory): number {
  if (n <= 0 || !(mean > 0)) return q > 1 ? (p * gamma) / (q - 1) : Number.NaN;
  return (p * (gamma + n * mean)) / (p * n + q - 1);
}
