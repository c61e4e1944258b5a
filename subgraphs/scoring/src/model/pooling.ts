// Partial pooling default → organization → rep: a level is a logistic fit pulled toward its parent, λ chosen by cross-validation.
//
// Each level minimizes Σ log loss + Σ_j λ_j (w_j − w_parent,j)² + λ_b (b − b_parent)², weights on
// the standardized scale, λ in units of summed log loss; the intercept pull λ_b = min(λ, 1) is weak.
// How λ is chosen (K-fold cross-validation of log loss, not empirical Bayes — the Laplace evidence
// proved unreliable on thin, nearly separable samples):
// - grid 10⁴ … 0.3, walked from strong to weak pull with warm starts;
// - folds stratified by outcome: leave-one-out up to 20 rows, 5 folds beyond, at most 2,000 rows
//   (an evenly spaced subsample) to bound the cost;
// - the chosen λ is the strongest pull that the CV-best λ does not beat by more than
//   `standardErrors` (default 1) standard errors of the paired per-lead loss difference — a
//   one-standard-error rule, so ties go to the parent;
// - fewer than 5 leads of the rarer outcome: no selection, the strongest pull (weights stay the
//   parent's, the intercept still adapts); zero rows: the parent unchanged (lambda null).
// At the rep level attribute and source weights are pulled 10× harder than behaviour weights
// (repPenaltyScale): what differs between reps is which engagement signals precede their wins.
import type { Encoder } from "./encoder";
import { encodeLeads } from "./encoder";
import { CORE_FEATURES, type LeadFacts } from "./features";
import { predictDefault } from "./default-model";
import { choleskyInPlace, choleskySolve } from "./linalg";
import { fitLogistic, laplaceApproximation, linearPredictor, logit, penaltyVector, type CoefficientPrior, type DesignMatrix } from "./logistic";
import type { LambdaScore } from "./model-types";

/** Candidate prior strengths, strongest first. */
export const LAMBDA_GRID: readonly number[] = [10000, 3000, 1000, 300, 100, 30, 10, 3, 1, 0.3];

/** Fewest leads of the rarer outcome for which λ is selected at all. */
const MIN_MINORITY = 5;

/** Leads used at most to express the default model in the feature space. */
const DISTILLATION_ROWS = 5000;

/** Prior variance assumed for a weight of the default model when nothing was fitted. */
const DEFAULT_WEIGHT_VARIANCE = 1;

export interface LambdaSelectionOptions {
  grid?: readonly number[];
  /** Rows used for the selection at most (default 2,000). */
  maxRows?: number;
  /** One-standard-error rule multiplier: prefer stronger pooling within this many SEs (default 1). */
  standardErrors?: number;
  /** Per-weight multiplier of λ (see repPenaltyScale). */
  penaltyScale?: ArrayLike<number>;
}

export interface LambdaSelection {
  lambda: number;
  scores: LambdaScore[];
}

/** A fitted level: coefficients, the chosen λ, and its Laplace approximation. */
export interface LevelFit {
  weights: Float64Array;
  intercept: number;
  lambda: number | null;
  /** Posterior variances, weights then intercept (d+1). */
  variances: Float64Array;
  /** Cholesky factor of the penalized Hessian at the solution, when there was data. */
  factor: Float64Array | null;
  scores: LambdaScore[];
}

/** The standardized design matrix of closed leads (y = 1 for WON). */
export function designMatrix(encoder: Encoder, closedFacts: LeadFacts[], now: Date): DesignMatrix {
  const x = encodeLeads(encoder, closedFacts, now);
  const y = Float64Array.from(closedFacts, (f) => (f.outcome === "WON" ? 1 : 0));
  const base = Float64Array.from(encoder.means, (mean, j) => -mean / encoder.stds[j]);
  return { x, y, n: closedFacts.length, d: encoder.features.length, base };
}

export function subsetRows(data: DesignMatrix, rows: readonly number[]): DesignMatrix {
  const { d } = data;
  const x = new Float64Array(rows.length * d);
  const y = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    x.set(data.x.subarray(r * d, r * d + d), i * d);
    y[i] = data.y[r];
  });
  return { x, y, n: rows.length, d, base: data.base };
}

/** Fold id per row: positives and negatives dealt round-robin so every fold gets both classes when possible. */
export function stratifiedFolds(y: ArrayLike<number>, k: number): number[] {
  const fold = new Array<number>(y.length).fill(0);
  let next = 0;
  for (const label of [1, 0]) {
    for (let i = 0; i < y.length; i++) {
      if (y[i] !== label) continue;
      fold[i] = next % k;
      next += 1;
    }
  }
  return fold;
}

function rowLoss(eta: number, y: number): number {
  // −log σ(η) for y=1, −log(1−σ(η)) for y=0, computed stably.
  const z = y === 1 ? -eta : eta;
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** Chooses the prior strength by cross-validated log loss (see the header). */
export function selectLambda(data: DesignMatrix, prior: CoefficientPrior, options: LambdaSelectionOptions = {}): LambdaSelection {
  const grid = options.grid ?? LAMBDA_GRID;
  const maxRows = options.maxRows ?? 2000;
  const rows = data.n > maxRows ? Array.from({ length: maxRows }, (_, i) => Math.floor((i * data.n) / maxRows)) : null;
  const sample = rows ? subsetRows(data, rows) : data;
  const n = sample.n;
  const positives = sample.y.reduce((a, b) => a + b, 0);
  // Too few leads of one outcome to tell which features separate wins from losses: keep the
  // parent's weights (the intercept still adapts in the final fit).
  if (Math.min(positives, n - positives) < MIN_MINORITY) return { lambda: grid[0], scores: [] };
  const k = n <= 20 ? n : 5;
  const fold = stratifiedFolds(sample.y, k);
  const folds = Array.from({ length: k }, (_, f) => {
    const trainRows: number[] = [];
    const testRows: number[] = [];
    for (let i = 0; i < n; i++) (fold[i] === f ? testRows : trainRows).push(i);
    return { testRows, train: subsetRows(sample, trainRows), test: subsetRows(sample, testRows), init: prior };
  }).filter((f) => f.testRows.length > 0);
  const losses: Float64Array[] = [];
  const scores: LambdaScore[] = [];
  let best = 0;
  for (const lambda of grid) {
    const loss = new Float64Array(n);
    for (const f of folds) {
      const fit = fitLogistic(f.train, prior, { lambda, init: f.init, penaltyScale: options.penaltyScale });
      f.init = fit;
      const eta = linearPredictor(f.test.x, f.test.n, f.test.d, fit.weights, fit.intercept);
      f.testRows.forEach((r, t) => {
        loss[r] = rowLoss(eta[t], f.test.y[t]);
      });
    }
    const g = losses.length;
    losses.push(loss);
    scores.push({ lambda, cvLogLoss: loss.reduce((a, b) => a + b, 0) / Math.max(1, n) });
    if (scores[g].cvLogLoss < scores[best].cvLogLoss) best = g;
    // The CV curve is unimodal in practice: stop once it has risen twice in a row past its minimum.
    if (g >= best + 2 && scores[g].cvLogLoss > scores[g - 1].cvLogLoss && scores[g - 1].cvLogLoss > scores[g - 2].cvLogLoss) break;
  }
  // Paired comparison with the best λ: a stronger pull is kept unless the best beats it by more
  // than `standardErrors` standard errors of the per-row loss difference.
  const standardErrors = options.standardErrors ?? 1;
  let chosen = scores[best];
  for (let g = 0; g < best; g++) {
    let sum = 0;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const diff = losses[g][i] - losses[best][i];
      sum += diff;
      ss += diff * diff;
    }
    const meanDiff = sum / n;
    const se = n > 1 ? Math.sqrt(Math.max(0, ss / n - meanDiff * meanDiff) / (n - 1)) : Infinity;
    if (meanDiff <= standardErrors * se) {
      chosen = scores[g];
      break;
    }
  }
  return { lambda: chosen.lambda, scores };
}

export interface FitLevelOptions extends LambdaSelectionOptions {
  /** Use this λ instead of selecting one. */
  lambda?: number;
  /** Warm start for the final fit. */
  init?: CoefficientPrior;
}

/**
 * Fits one level pulled toward its parent. `parentVariances` (d+1, intercept last) is the
 * parent's own uncertainty: it is added to the pull's variance 1/(2λ) in the Laplace
 * approximation, so a rep model is not reported as more certain than the team model it leans on.
 */
export function fitLevel(data: DesignMatrix, parent: CoefficientPrior, parentVariances: Float64Array | null, options: FitLevelOptions = {}): LevelFit {
  const m = data.d + 1;
  if (data.n === 0) {
    const variances = parentVariances ? Float64Array.from(parentVariances) : new Float64Array(m).fill(DEFAULT_WEIGHT_VARIANCE);
    return { weights: Float64Array.from(parent.weights), intercept: parent.intercept, lambda: null, variances, factor: null, scores: [] };
  }
  const selection = options.lambda === undefined ? selectLambda(data, parent, options) : { lambda: options.lambda, scores: [] };
  const lambda = selection.lambda;
  const fit = fitLogistic(data, parent, { lambda, init: options.init, penaltyScale: options.penaltyScale });
  const pen = penaltyVector(data.d, { lambda, penaltyScale: options.penaltyScale });
  const precision = new Float64Array(m);
  for (let j = 0; j < m; j++) precision[j] = 1 / (1 / (2 * pen[j]) + (parentVariances ? parentVariances[j] : 0));
  const laplace = laplaceApproximation(data, fit, precision);
  return { weights: fit.weights, intercept: fit.intercept, lambda, variances: laplace.variances, factor: laplace.factor, scores: selection.scores };
}

/**
 * The default model expressed in the encoder's feature space: the least-squares (lightly ridged)
 * fit of logit(default probability) on the core features (activity counts, engagement, recency,
 * funnel time) over the given leads; zero on every other feature. The intercept is the mean
 * default logit; callers re-center it on the organization's base rate.
 */
export function defaultPrior(encoder: Encoder, facts: LeadFacts[], now: Date): CoefficientPrior {
  const d = encoder.features.length;
  const core = encoder.features.map((name, j) => (CORE_FEATURES.includes(name) ? j : -1)).filter((j) => j >= 0);
  const weights = new Float64Array(d);
  if (facts.length === 0 || core.length === 0) return { weights, intercept: logit(0.3) };
  // A 13-coefficient least-squares fit needs no more than a few thousand leads (evenly spaced).
  if (facts.length > DISTILLATION_ROWS) facts = Array.from({ length: DISTILLATION_ROWS }, (_, i) => facts[Math.floor((i * facts.length) / DISTILLATION_ROWS)]);
  const x = encodeLeads(encoder, facts, now);
  const t = facts.map((f) => logit(predictDefault(f, now).probability));
  const tMean = t.reduce((a, b) => a + b, 0) / t.length;
  const c = core.length;
  const a = new Float64Array(c * c);
  const b = new Float64Array(c);
  for (let i = 0; i < facts.length; i++) {
    for (let p = 0; p < c; p++) {
      const xp = x[i * d + core[p]];
      b[p] += xp * (t[i] - tMean);
      for (let q = 0; q <= p; q++) a[p * c + q] += xp * x[i * d + core[q]];
    }
  }
  // Ridge of 5% of n: the activity counts and the engagement score are collinear by construction.
  for (let p = 0; p < c; p++) a[p * c + p] += 0.05 * facts.length;
  if (!choleskyInPlace(a, c)) return { weights, intercept: tMean };
  const w = choleskySolve(a, c, b);
  core.forEach((j, p) => {
    weights[j] = w[p];
  });
  return { weights, intercept: tMean };
}

/** How much harder than behaviour (activities, engagement, recency, funnel time) the other features are pulled to the parent. */
export const ATTRIBUTE_PULL = 10;

/**
 * Per-weight λ multipliers for a rep: reps differ mostly in which engagement signals precede
 * their wins, while lead attributes and sources describe the market the whole team shares; so
 * attribute and source weights are pulled ATTRIBUTE_PULL times harder toward the team's.
 */
export function repPenaltyScale(encoder: Encoder, pull = ATTRIBUTE_PULL): Float64Array {
  return Float64Array.from(encoder.features, (name) => (CORE_FEATURES.includes(name) ? 1 : pull));
}

export function toRecord(encoder: Encoder, vector: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  encoder.features.forEach((name, j) => {
    out[name] = vector[j];
  });
  return out;
}

export function toVector(encoder: Encoder, record: Record<string, number>): Float64Array {
  return Float64Array.from(encoder.features, (name) => record[name] ?? 0);
}
