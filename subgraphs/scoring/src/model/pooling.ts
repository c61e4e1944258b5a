// Partial pooling default → organization → rep: a level is a logistic fit pulled toward its parent.
//
// Each level minimizes Σ log loss + Σ_j λ_j (w_j − w_parent,j)² + λ_b (b − b_parent)², weights on
// the standardized scale, λ in units of summed log loss, chosen by cross-validation
// (lambda-selection.ts; K-fold CV of log loss — the Laplace evidence, tried as an empirical-Bayes
// alternative, proved unreliable on thin, nearly separable samples). Zero rows: the parent
// unchanged (lambda null). At the rep level, when the org's reps are known, each weight is pulled
// as hard as the spread of the reps' coefficients learned across the org's reps says
// (rep-spread.ts, empirical Bayes); otherwise attribute and source weights are pulled 10× harder
// than behaviour weights (repPenaltyScale): what differs between reps is which engagement signals
// precede their wins, while the market the attributes describe is the team's.
import { encodeRows, type Encoder } from "./encoder";
import { CORE_FEATURES, DEFAULT_PRIOR_FEATURES, type LeadAt } from "./features";
import { predictDefaultAt } from "./default-model";
import { choleskyInPlace, choleskySolve } from "./linalg";
import { fitLogistic, laplaceApproximation, logit, penaltyVector, type CoefficientPrior, type DesignMatrix } from "./logistic";
import { selectLambda, type LambdaSelectionOptions } from "./lambda-selection";
import type { LambdaScore } from "./model-types";

/** Rows used at most to express the default model in the feature space. */
const DISTILLATION_ROWS = 5000;

/** Prior variance assumed for a weight of the default model when nothing was fitted. */
const DEFAULT_WEIGHT_VARIANCE = 1;

/** A fitted level: coefficients, the chosen λ, and its Laplace approximation. */
export interface LevelFit {
  weights: Float64Array;
  intercept: number;
  lambda: number | null;
  interceptLambda: number | null;
  /** Posterior variances, weights then intercept (d+1). */
  variances: Float64Array;
  /** Cholesky factor of the penalized Hessian at the solution, when there was data. */
  factor: Float64Array | null;
  scores: LambdaScore[];
}

export interface FitLevelOptions extends LambdaSelectionOptions {
  /** Use this λ (and intercept pull, default min(λ, 1)) instead of selecting them. */
  lambda?: number;
  interceptLambda?: number;
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
    return { weights: Float64Array.from(parent.weights), intercept: parent.intercept, lambda: null, interceptLambda: null, variances, factor: null, scores: [] };
  }
  const selection =
    options.lambda === undefined
      ? selectLambda(data, parent, options)
      : { lambda: options.lambda, interceptLambda: options.interceptLambda ?? Math.min(options.lambda, 1), scores: [] };
  const { lambda, interceptLambda } = selection;
  const fit = fitLogistic(data, parent, { lambda, interceptLambda, init: options.init, penaltyScale: options.penaltyScale });
  const pen = penaltyVector(data.d, { lambda, interceptLambda, penaltyScale: options.penaltyScale });
  const precision = new Float64Array(m);
  for (let j = 0; j < m; j++) precision[j] = 1 / (1 / (2 * pen[j]) + (parentVariances ? parentVariances[j] : 0));
  const laplace = laplaceApproximation(data, fit, precision);
  return { weights: fit.weights, intercept: fit.intercept, lambda, interceptLambda, variances: laplace.variances, factor: laplace.factor, scores: selection.scores };
}

/**
 * The default model expressed in the encoder's feature space: the least-squares (lightly ridged)
 * fit of logit(default probability) on the features it is built from (activity counts, engagement,
 * recency, funnel time) over the given rows (leads as known at an instant); zero on every other
 * feature (speed to first call too). The intercept is the mean default logit; callers re-center it
 * on the organization's base rate.
 */
export function defaultPrior(encoder: Encoder, rows: LeadAt[]): CoefficientPrior {
  const d = encoder.features.length;
  const core = encoder.features.map((name, j) => (DEFAULT_PRIOR_FEATURES.includes(name) ? j : -1)).filter((j) => j >= 0);
  const weights = new Float64Array(d);
  if (rows.length === 0 || core.length === 0) return { weights, intercept: logit(0.3) };
  // A 15-coefficient least-squares fit needs no more than a few thousand rows (evenly spaced).
  const sample = rows.length > DISTILLATION_ROWS ? Array.from({ length: DISTILLATION_ROWS }, (_, i) => rows[Math.floor((i * rows.length) / DISTILLATION_ROWS)]) : rows;
  const x = encodeRows(encoder, sample);
  const t = sample.map((r) => logit(predictDefaultAt(r.facts, r.at).probability));
  const tMean = t.reduce((a, b) => a + b, 0) / t.length;
  const c = core.length;
  const a = new Float64Array(c * c);
  const b = new Float64Array(c);
  for (let i = 0; i < sample.length; i++) {
    for (let p = 0; p < c; p++) {
      const xp = x[i * d + core[p]];
      b[p] += xp * (t[i] - tMean);
      for (let q = 0; q <= p; q++) a[p * c + q] += xp * x[i * d + core[q]];
    }
  }
  // Ridge of 5% of n: the activity counts and the engagement score are collinear by construction.
  for (let p = 0; p < c; p++) a[p * c + p] += 0.05 * sample.length;
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
