// Partial pooling: a level is a logistic fit pulled toward its parent (a default prior, a team model).
//
// Each level minimizes Σ log loss + Σ_j λ_j (w_j − w_parent,j)² + λ_b (b − b_parent)², weights on
// the standardized scale, λ in units of summed log loss, chosen by cross-validation
// (lambda-selection.ts; K-fold CV of log loss — the Laplace evidence, tried as an empirical-Bayes
// alternative, proved unreliable on thin, nearly separable samples). Zero rows: the parent
// unchanged (lambda null).
import { fitLogistic, laplaceApproximation, penaltyVector, type CoefficientPrior, type DesignMatrix } from "./logistic";
import { selectLambda, type LambdaScore, type LambdaSelectionOptions } from "./lambda-selection";

/** Prior variance assumed for a weight of the parent when nothing was fitted. */
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
 * approximation, so a child model is not reported as more certain than the parent it leans on.
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

/** Named features: what toRecord and toVector need of an encoder. */
export interface NamedColumns {
  features: readonly string[];
}

/** A vector in feature order as a record by feature name. */
export function toRecord(encoder: NamedColumns, vector: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  encoder.features.forEach((name, j) => {
    out[name] = vector[j];
  });
  return out;
}

/** A record by feature name as a vector in feature order (0 for a missing name). */
export function toVector(encoder: NamedColumns, record: Record<string, number>): Float64Array {
  return Float64Array.from(encoder.features, (name) => record[name] ?? 0);
}
