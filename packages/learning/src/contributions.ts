// A linear model's prediction taken apart: each feature's contribution to the log-odds, and plain-number formatting for explanations.

/** One feature's part in a linear prediction. */
export interface Contribution {
  name: string;
  /** The (standardized) value the weight multiplies. */
  value: number;
  weight: number;
  /** weight × value: the feature's effect on the log-odds. */
  contribution: number;
}

export interface LinearScore {
  /** Intercept + Σ contributions. */
  logit: number;
  /** Var(b) + Σ x_j² Var(w_j): the log-odds variance under the Laplace approximation, covariances ignored. */
  variance: number;
  /** Every feature's contribution, largest |contribution| first (ties by name). */
  contributions: Contribution[];
}

/** Orders factors by |contribution|, largest first, ties by name (a stable, deterministic order). */
export function byContribution<T extends { name: string; contribution: number }>(a: T, b: T): number {
  return Math.abs(b.contribution) - Math.abs(a.contribution) || a.name.localeCompare(b.name);
}

/** Scores one standardized row `x` (in `features` order) with named weights and their variances. */
export function linearScore(
  model: { weights: Readonly<Record<string, number>>; intercept: number; variances?: Readonly<Record<string, number>>; interceptVariance?: number },
  features: readonly string[],
  x: ArrayLike<number>,
): LinearScore {
  let logit = model.intercept;
  let variance = model.interceptVariance ?? 0;
  const contributions: Contribution[] = [];
  features.forEach((name, j) => {
    const weight = model.weights[name] ?? 0;
    const contribution = weight * x[j];
    logit += contribution;
    variance += x[j] * x[j] * (model.variances?.[name] ?? 0);
    contributions.push({ name, value: x[j], weight, contribution });
  });
  contributions.sort(byContribution);
  return { logit, variance, contributions };
}

/**
 * "+0.42", "-1.07": a contribution with its sign, in ASCII. A typographic minus (U+2212) in one
 * reasoning made every list answer holding it a two-byte string, which each process then decoded
 * and encoded on a slow path (about 1 ms per 100 KB each way, on Node 20, 22 and 24 alike).
 */
export function formatSigned(x: number): string {
  const r = x.toFixed(2);
  return x >= 0 ? `+${r}` : r;
}

/** An integer as is; otherwise one decimal below 10 and none above. */
export function formatNumber(x: number): string {
  if (Number.isInteger(x)) return String(x);
  return Math.abs(x) >= 10 ? String(Math.round(x)) : x.toFixed(1);
}

/** "1 day", "3 days". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
