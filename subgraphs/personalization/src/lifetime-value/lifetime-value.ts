/**
 * Lifetime value = BG/NBD expected purchases × Gamma-Gamma expected spend, with a 90% interval
 * from Monte Carlo draws of each customer's posterior. Time is in weeks; purchases on one UTC day
 * count as one transaction. Pure: the caller passes `asOf` and the purchases.
 */
import { mulberry32 } from "@revgraph/learning";
import { expectedPurchases, fitBgNbd, probabilityAlive, type BgNbdParameters, type CustomerHistory } from "./bg-nbd";
import { expectedSpend, fitGammaGamma, type GammaGammaParameters, type SpendHistory } from "./gamma-gamma";
import { beta, gamma, poisson, seedOf } from "./special-functions";

export const WEEK_MS = 7 * 86_400_000;
const DAY_MS = 86_400_000;
export const MODEL_NAME = "BG/NBD + Gamma-Gamma";
/** Fewer customers than this, or no repeat purchase among them, and no model is fitted. */
export const MIN_CUSTOMERS = 20;
const DRAWS = 1000;

export type LifetimeValueParameters = BgNbdParameters & GammaGammaParameters;

export interface Transaction {
  customerId: string;
  at: Date;
  value: number;
}

export interface CustomerSummary {
  history: CustomerHistory;
  spend: SpendHistory;
  /** Value of the repeat purchases so far (all but the first purchase day). */
  repeatTotal: number;
}

export interface LifetimeValueEstimate {
  expectedPurchases: number;
  expectedRevenue: number;
  /** 5th and 95th percentiles of the revenue over the horizon. */
  low: number;
  high: number;
  probabilityAlive: number;
}

/** Per customer: repeat transactions, recency and age in weeks as of `asOf` (later purchases are ignored). */
export function summarize(transactions: readonly Transaction[], asOf: Date): Map<string, CustomerSummary> {
  const days = new Map<string, Map<number, number>>();
  for (const t of transactions) {
    if (t.at.getTime() > asOf.getTime()) continue;
    const day = Math.floor(t.at.getTime() / DAY_MS);
    const perDay = days.get(t.customerId) ?? new Map<number, number>();
    perDay.set(day, (perDay.get(day) ?? 0) + t.value);
    days.set(t.customerId, perDay);
  }
  const out = new Map<string, CustomerSummary>();
  for (const [customerId, perDay] of days) {
    const sorted = [...perDay.keys()].sort((a, b) => a - b);
    const first = sorted[0] * DAY_MS;
    const last = sorted[sorted.length - 1] * DAY_MS;
    // Gamma-Gamma models repeat purchases (Fader & Hardie 2013): the first purchase (often the big one) only starts the clock.
    const repeat = sorted
      .slice(1)
      .map((day) => perDay.get(day)!)
      .filter((v) => v > 0);
    const repeatTotal = repeat.reduce((sum, v) => sum + v, 0);
    out.set(customerId, {
      history: { x: sorted.length - 1, tx: (last - first) / WEEK_MS, T: Math.max(0, asOf.getTime() - first) / WEEK_MS },
      spend: { n: repeat.length, mean: repeat.length ? repeatTotal / repeat.length : 0 },
      repeatTotal,
    });
  }
  return out;
}

/** Fits both models; null when the data cannot identify them (too few customers, no repeat purchase with a value, or an infinite mean spend). */
export function fitLifetimeValue(customers: readonly CustomerSummary[]): { parameters: LifetimeValueParameters; logLikelihood: number } | null {
  if (customers.length < MIN_CUSTOMERS || !customers.some((c) => c.spend.n > 0)) return null;
  const frequency = fitBgNbd(customers.map((c) => c.history));
  const spend = fitGammaGamma(customers.map((c) => c.spend));
  const parameters = { ...frequency.parameters, ...spend.parameters };
  if (!Object.values(parameters).every((v) => Number.isFinite(v) && v > 0)) return null;
  // q ≤ 1: the population's mean spend is infinite, so a customer without repeat purchases has no finite estimate.
  if (parameters.q <= 1) return null;
  return { parameters, logLikelihood: frequency.logLikelihood + spend.logLikelihood };
}

/**
 * Expected purchases and revenue over the next `horizonWeeks`, and a 90% interval: 1,000 draws of
 * (alive, λ, p, ν) from the customer's posterior under the fitted parameters, each giving
 * min(Poisson(λ·horizon), Geometric(p)) purchases worth Gamma(k·p, ν) in total. The interval
 * covers the customer's own randomness, not the uncertainty of the fitted parameters. The draws
 * are seeded by `seedKey`, so an estimate does not change between requests.
 */
export function estimateLifetimeValue(parameters: LifetimeValueParameters, customer: CustomerSummary, horizonWeeks: number, seedKey: string): LifetimeValueEstimate {
  const { history, spend } = customer;
  const purchases = expectedPurchases(parameters, history, horizonWeeks);
  const alive = probabilityAlive(parameters, history);
  const perPurchase = expectedSpend(parameters, spend);
  const rng = mulberry32(seedOf(seedKey));
  const revenue: number[] = [];
  for (let i = 0; i < DRAWS; i++) {
    if (rng() >= alive) {
      revenue.push(0);
      continue;
    }
    const lambda = gamma(rng, parameters.r + history.x, parameters.alpha + history.T);
    const dropout = beta(rng, parameters.a, parameters.b + history.x);
    // Purchases until the one after which the customer drops out: Geometric(p) on 1, 2, …
    const untilDropout = dropout > 0 ? 1 + Math.floor(Math.log(1 - rng()) / Math.log1p(-Math.min(dropout, 1 - 1e-12))) : Number.POSITIVE_INFINITY;
    const k = Math.min(poisson(rng, lambda * horizonWeeks), untilDropout);
    if (k === 0) {
      revenue.push(0);
      continue;
    }
    const nu = gamma(rng, parameters.p * spend.n + parameters.q, parameters.gamma + spend.n * spend.mean);
    revenue.push(gamma(rng, k * parameters.p, nu));
  }
  revenue.sort((a, b) => a - b);
  return {
    expectedPurchases: purchases,
    expectedRevenue: purchases * perPurchase,
    low: quantile(revenue, 0.05),
    high: quantile(revenue, 0.95),
    probabilityAlive: alive,
  };
}

/**
 * The naive baseline: the customer's average repeat spend per week since their first purchase (at
 * least one week observed) × the horizon. Repeat spend, because what is predicted is repeat
 * purchases; counting the first purchase too would make the baseline needlessly worse.
 */
export function averagePastSpend(customer: CustomerSummary, horizonWeeks: number): number {
  return (customer.repeatTotal / Math.max(1, customer.history.T)) * horizonWeeks;
}

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** Expected revenue over the horizon without the interval's draws (for averages over many customers). */
export function expectedLifetimeRevenue(parameters: LifetimeValueParameters, customer: CustomerSummary, horizonWeeks: number): number {
  return expectedPurchases(parameters, customer.history, horizonWeeks) * expectedSpend(parameters, customer.spend);
}
