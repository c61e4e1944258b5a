// Chooses how hard a level is pulled toward its parent, by cross-validated log loss with a one-standard-error rule.
//
// - Weights: λ on the grid 10⁴ … 0.3, walked from strong to weak pull with warm starts, the
//   intercept pull min(λ, 1). Then, with `interceptGrid`, the intercept pull λ_b on 1000 … 1 with
//   that λ fixed (a child's base rate may differ from its parent's; the data says how much).
// - Folds by group (a group is one subject — a lead, an account — whose several snapshot rows stay
//   together), stratified by outcome: leave-one-group-out up to 20 groups, 5 folds beyond, at most
//   4,000 groups and 10,000 rows (an evenly spaced subsample of groups) to bound the cost; losses
//   are compared per group. The walk stops once the CV loss has risen twice in a row past its minimum.
// - The chosen value is the strongest pull that the CV-best one does not beat by more than
//   `standardErrors` (default 1) standard errors of the paired per-group loss difference: ties go
//   to the parent. With `preferred` (for example a pull learned across sibling models by empirical
//   Bayes) ties go to that value instead, and the intercept pull is λ × interceptScale.
// - Cross-validation is optimistic on thin samples (the folds share most of their rows), so a
//   candidate λ is only considered when its effective number of parameters (ridge degrees of
//   freedom) is at most one per 5 groups of the rarer outcome — the events-per-variable rule of
//   thumb of clinical prediction models, relaxed from 10 because the fit is penalized. Both are
//   counted on all the data, not on the subsample the cross-validation runs on.
// - Per-row weights (`data.weights`, e.g. recency) weigh a row everywhere alike: in the fits, in
//   the test folds' losses and in the outcomes counted for the budget. The test losses are weighted
//   because the weighted fit aims at the weighted loss (recent rows' loss, for recency weights):
//   the pull chosen is the one best for that target, and down-weighted rows count as less evidence.
// - Fewer than 5 groups of the rarer outcome: no selection; the preferred (else the strongest)
//   weight pull and an intercept pull of 10 (a base rate within a few points of the parent's).
import { groupFolds, groupOf, rowsByGroup, subsetRows } from "./design-matrix";
import { fitLogistic, linearPredictor, weightOf, type CoefficientPrior, type DesignMatrix } from "./logistic";

/** Cross-validated log loss of one candidate prior strength. */
export interface LambdaScore {
  lambda: number;
  cvLogLoss: number;
}

/** Candidate weight pulls, strongest first. */
export const LAMBDA_GRID: readonly number[] = [10000, 3000, 1000, 300, 100, 30, 10, 3, 1, 0.3];
/** Candidate intercept pulls (rep level), strongest first. */
export const INTERCEPT_GRID: readonly number[] = [1000, 100, 10, 1];
/** Fewest groups of the rarer outcome for which anything is selected. */
const MIN_MINORITY = 5;
/** Intercept pull when there is too little data to select one. */
const THIN_INTERCEPT_PULL = 10;
/** Groups of the rarer outcome required per effective parameter of a candidate fit. */
const EVENTS_PER_PARAMETER = 5;

/** Weighted counts of the positive and the negative rows: ω Σ w_i y_i and ω Σ w_i (1 − y_i) (ω the row weight, w_i each row's own). */
export function weightedOutcomes(data: DesignMatrix): { positives: number; negatives: number } {
  const omega = data.rowWeight ?? 1;
  let positives = 0;
  let total = 0;
  for (let i = 0; i < data.n; i++) {
    const w = data.weights ? data.weights[i] : 1;
    positives += w * data.y[i];
    total += w;
  }
  return { positives: omega * positives, negatives: omega * total - omega * positives };
}

/**
 * Effective number of weights a pull λ lets the data move: Σ_j h_j / (h_j + 2λ_j), with h_j the
 * curvature the data puts on weight j (ω p̄(1 − p̄) Σ_i w_i x_ij², p̄ the weighted base rate), the
 * ridge degrees of freedom.
 */
export function effectiveParameters(data: DesignMatrix, lambda: number, penaltyScale?: ArrayLike<number>): number {
  const { n, d, x, y } = data;
  const w = data.weights;
  const omega = data.rowWeight ?? 1;
  let positives = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    positives += (w ? w[i] : 1) * y[i];
    total += w ? w[i] : 1;
  }
  const p = total > 0 ? positives / total : 0;
  let df = 0;
  for (let j = 0; j < d; j++) {
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (w ? w[i] : 1) * x[i * d + j] * x[i * d + j];
    const h = omega * p * (1 - p) * ss;
    df += h / (h + 2 * lambda * (penaltyScale ? penaltyScale[j] : 1));
  }
  return df;
}

export interface LambdaSelectionOptions {
  grid?: readonly number[];
  /** Also select the intercept pull over this grid (strongest first); otherwise it is min(λ, 1). */
  interceptGrid?: readonly number[];
  /** Groups whose rows are used for the cross-validation at most (default 4,000), and rows at most (default 10,000). */
  maxGroups?: number;
  maxRows?: number;
  /** One-standard-error rule multiplier: prefer stronger pooling within this many SEs (default 1). */
  standardErrors?: number;
  /** Per-weight multiplier of λ (see repPenaltyScale). */
  penaltyScale?: ArrayLike<number>;
  /** The grid value ties go to (default the strongest pull, grid[0]); always allowed. */
  preferred?: number;
  /** Intercept pull = λ × interceptScale (instead of min(λ, 1) and the intercept grid). */
  interceptScale?: number;
  /** Fewest groups of the rarer outcome for which anything is selected (default 5). */
  minMinority?: number;
}

export interface LambdaSelection {
  lambda: number;
  interceptLambda: number;
  scores: LambdaScore[];
}

interface Fold {
  /** Per test row, the index of its group in the per-group loss vector. */
  testRows: number[];
  train: DesignMatrix;
  test: DesignMatrix;
  init: CoefficientPrior;
}

function rowLoss(eta: number, y: number): number {
  // −log σ(η) for y=1, −log(1−σ(η)) for y=0, computed stably.
  const z = y === 1 ? -eta : eta;
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** Per-group out-of-fold losses (the group's rows' weighted losses summed) for each candidate (strongest pull first), stopping early past the minimum (never before `keep`). */
function crossValidate(
  folds: Fold[],
  n: number,
  prior: CoefficientPrior,
  candidates: { lambda: number; interceptLambda: number }[],
  penaltyScale?: ArrayLike<number>,
  keep = 0,
): Float64Array[] {
  const losses: Float64Array[] = [];
  const means: number[] = [];
  let best = 0;
  for (const c of candidates) {
    const loss = new Float64Array(n);
    for (const f of folds) {
      const fit = fitLogistic(f.train, prior, { ...c, init: f.init, penaltyScale });
      f.init = fit;
      const eta = linearPredictor(f.test.x, f.test.n, f.test.d, fit.weights, fit.intercept);
      f.testRows.forEach((group, t) => {
        loss[group] += weightOf(f.test, t) * rowLoss(eta[t], f.test.y[t]);
      });
    }
    const g = losses.length;
    losses.push(loss);
    means.push(loss.reduce((a, b) => a + b, 0) / Math.max(1, n));
    if (means[g] < means[best]) best = g;
    if (g >= Math.max(best + 2, keep) && means[g] > means[g - 1] && means[g - 1] > means[g - 2]) break;
  }
  return losses;
}

function meanOf(l: Float64Array): number {
  return l.reduce((a, b) => a + b, 0) / Math.max(1, l.length);
}

/**
 * Index of the candidate to choose among per-group losses: `preferred` (default 0, the strongest
 * pull) unless the CV-best beats it by more than `k` paired standard errors; then the candidate
 * nearest to `preferred` (on the way to the best) that the best does not beat by more than that.
 */
export function withinStandardErrors(losses: Float64Array[], k: number, preferred = 0): number {
  const n = losses[0].length;
  let best = 0;
  losses.forEach((l, g) => {
    if (meanOf(l) < meanOf(losses[best])) best = g;
  });
  const start = Math.min(preferred, losses.length - 1);
  const step = best > start ? 1 : -1;
  for (let g = start; g !== best; g += step) {
    let sum = 0;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const diff = losses[g][i] - losses[best][i];
      sum += diff;
      ss += diff * diff;
    }
    const meanDiff = sum / n;
    const se = n > 1 ? Math.sqrt(Math.max(0, ss / n - meanDiff * meanDiff) / (n - 1)) : Infinity;
    if (meanDiff <= k * se) return g;
  }
  return best;
}

/** Evenly spaced groups (all their rows) when there are more than `maxGroups` or more than `maxRows` rows. */
function sampleGroups(data: DesignMatrix, maxGroups: number, maxRows: number): DesignMatrix {
  const groups = rowsByGroup(data);
  const keep = Math.min(groups.length, maxGroups, Math.max(1, Math.floor((maxRows * groups.length) / Math.max(1, data.n))));
  if (keep >= groups.length) return data;
  const rows = Array.from({ length: keep }, (_, i) => groups[Math.floor((i * groups.length) / keep)]).flat();
  return subsetRows(data, rows);
}

/** Chooses the weight pull λ (and, with `interceptGrid`, the intercept pull) by cross-validation (see the header). */
export function selectLambda(data: DesignMatrix, prior: CoefficientPrior, options: LambdaSelectionOptions = {}): LambdaSelection {
  const grid = options.grid ?? LAMBDA_GRID;
  const sample = sampleGroups(data, options.maxGroups ?? 4000, options.maxRows ?? 10_000);
  const { positives, negatives } = weightedOutcomes(data);
  const preferred = options.preferred ?? grid[0];
  const scale = options.interceptScale;
  const intercept = (lambda: number): number => (scale === undefined ? Math.min(lambda, 1) : lambda * scale);
  // Too few groups of one outcome to tell which features separate the outcomes.
  if (Math.min(positives, negatives) < (options.minMinority ?? MIN_MINORITY)) {
    return { lambda: preferred, interceptLambda: options.interceptGrid && scale === undefined ? THIN_INTERCEPT_PULL : intercept(preferred), scores: [] };
  }
  // Guard against cross-validation's optimism on thin samples: a candidate may not spend more
  // than one effective parameter per EVENTS_PER_PARAMETER groups of the rarer outcome (pulls at
  // least as strong as the preferred one are always allowed).
  const budget = Math.min(positives, negatives) / EVENTS_PER_PARAMETER;
  const allowed = grid.filter((lambda, g) => g === 0 || lambda >= preferred || effectiveParameters(data, lambda, options.penaltyScale) <= budget);
  const keep = Math.max(0, allowed.indexOf(preferred));
  // Per-group losses: index each group of the sample.
  const groupIndex = new Map<number, number>();
  for (let i = 0; i < sample.n; i++) {
    const g = groupOf(sample, i);
    if (!groupIndex.has(g)) groupIndex.set(g, groupIndex.size);
  }
  const n = groupIndex.size;
  const k = n <= 20 ? n : 5;
  const fold = groupFolds(sample, k);
  const makeFolds = (): Fold[] =>
    Array.from({ length: k }, (_, f) => {
      const trainRows: number[] = [];
      const testRows: number[] = [];
      for (let i = 0; i < sample.n; i++) (fold[i] === f ? testRows : trainRows).push(i);
      return { testRows: testRows.map((i) => groupIndex.get(groupOf(sample, i)) as number), train: subsetRows(sample, trainRows), test: subsetRows(sample, testRows), init: prior };
    }).filter((f) => f.testRows.length > 0);
  const standardErrors = options.standardErrors ?? 1;
  const folds = makeFolds();
  const weightLosses = crossValidate(
    folds,
    n,
    prior,
    allowed.map((lambda) => ({ lambda, interceptLambda: intercept(lambda) })),
    options.penaltyScale,
    keep,
  );
  const scores = weightLosses.map((l, g) => ({ lambda: allowed[g], cvLogLoss: l.reduce((a, b) => a + b, 0) / n }));
  const lambda = allowed[withinStandardErrors(weightLosses, standardErrors, keep)];
  if (!options.interceptGrid || scale !== undefined) return { lambda, interceptLambda: intercept(lambda), scores };
  const interceptGrid = options.interceptGrid;
  const interceptLosses = crossValidate(
    makeFolds(),
    n,
    prior,
    interceptGrid.map((interceptLambda) => ({ lambda, interceptLambda })),
    options.penaltyScale,
  );
  return { lambda, interceptLambda: interceptGrid[withinStandardErrors(interceptLosses, standardErrors)], scores };
}
