// Logistic regression with a Gaussian prior mean (penalty λ‖w − w₀‖² + λ_b(b − b₀)²), fitted by damped Newton (IRLS).
import { gramPlan, weightedGram } from "./gram";
import { choleskyInPlace, choleskySolve, inverseDiagonal } from "./linalg";

/** Row-major n × d standardized inputs with 0/1 labels. */
export interface DesignMatrix {
  x: Float64Array;
  y: Float64Array;
  n: number;
  d: number;
  /** Per column, the standardized value of a raw zero: lets the Gram matrix use sparsity. */
  base?: Float64Array;
  /** The group (subject) each row belongs to (snapshot rows: several per subject); absent when every row is its own group. */
  groups?: Int32Array;
  /** Weight of every row in the log loss (default 1): groups ÷ rows, so the data counts each group once in total against the penalty. */
  rowWeight?: number;
  /** Per-row weights (e.g. recency), multiplying `rowWeight` row by row; absent: 1 for every row. */
  weights?: Float64Array;
}

/** Where the penalty pulls the coefficients. */
export interface CoefficientPrior {
  weights: Float64Array;
  intercept: number;
}

export interface LogisticOptions {
  /** Strength of the pull of the weights toward the prior, in units of summed log loss. */
  lambda: number;
  /** Strength of the pull of the intercept toward the prior intercept (weak; default min(λ, 1)). */
  interceptLambda?: number;
  /** Per-weight multiplier of λ (default 1 for every weight). */
  penaltyScale?: ArrayLike<number>;
  /** Starting point (a warm start); defaults to the prior. */
  init?: CoefficientPrior;
  maxIterations?: number;
}

export interface LogisticFit {
  weights: Float64Array;
  intercept: number;
  iterations: number;
  converged: boolean;
  /** Penalized negative log likelihood at the solution. */
  objective: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function logit(p: number): number {
  const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
  return Math.log(q / (1 - q));
}

/** The weight of row i in the log loss: rowWeight × its own weight. */
export function weightOf(data: Pick<DesignMatrix, "rowWeight" | "weights">, i: number): number {
  const omega = data.rowWeight ?? 1;
  return data.weights ? omega * data.weights[i] : omega;
}

function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** Linear predictor b + x·w for every row. */
export function linearPredictor(x: Float64Array, n: number, d: number, w: ArrayLike<number>, b: number): Float64Array {
  const eta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = b;
    const o = i * d;
    for (let j = 0; j < d; j++) z += x[o + j] * w[j];
    eta[i] = z;
  }
  return eta;
}

/** Per-coefficient penalties λ_j (weights, then the intercept last). */
export function penaltyVector(d: number, options: Pick<LogisticOptions, "lambda" | "interceptLambda" | "penaltyScale">): Float64Array {
  const lambda = Math.max(options.lambda, 1e-8);
  const pen = new Float64Array(d + 1);
  for (let j = 0; j < d; j++) pen[j] = lambda * (options.penaltyScale ? options.penaltyScale[j] : 1);
  pen[d] = Math.max(options.interceptLambda ?? Math.min(options.lambda, 1), 1e-8);
  return pen;
}

function objectiveAt(data: DesignMatrix, eta: Float64Array, beta: Float64Array, prior: CoefficientPrior, pen: Float64Array): number {
  const w = data.weights;
  let loss = 0;
  for (let i = 0; i < data.n; i++) loss += (w ? w[i] : 1) * (softplus(eta[i]) - data.y[i] * eta[i]);
  let f = (data.rowWeight ?? 1) * loss;
  for (let j = 0; j < data.d; j++) f += pen[j] * (beta[j] - prior.weights[j]) ** 2;
  return f + pen[data.d] * (beta[data.d] - prior.intercept) ** 2;
}

/**
 * Minimizes Σ ω_i logloss_i (ω_i = rowWeight × the row's weight) + Σ_j λ_j (w_j − w₀_j)² + λ_b(b − b₀)² (λ_j = λ · penaltyScale_j) by
 * Newton's method with a backtracking (Armijo) line search, reusing the Hessian's factor once
 * close to the optimum. The objective is strictly convex for λ, λ_b > 0, so the solution is
 * unique and the iteration deterministic; it stops when the Newton decrement is negligible.
 */
export function fitLogistic(data: DesignMatrix, prior: CoefficientPrior, options: LogisticOptions): LogisticFit {
  const { n, d, x, y } = data;
  const m = d + 1;
  const pen = penaltyVector(d, options);
  const maxIterations = options.maxIterations ?? 50;
  const beta = new Float64Array(m);
  const start = options.init ?? prior;
  beta.set(start.weights.subarray(0, d));
  beta[d] = start.intercept;
  let eta = linearPredictor(x, n, d, beta, beta[d]);
  let f = objectiveAt(data, eta, beta, prior, pen);
  const h = new Float64Array(m * m);
  const v = new Float64Array(n);
  const g = new Float64Array(m);
  const plan = gramPlan(data);
  let iterations = 0;
  let converged = false;
  let reuse = false;
  while (iterations < maxIterations) {
    iterations += 1;
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const p = sigmoid(eta[i]);
      const wi = weightOf(data, i);
      const r = wi * (p - y[i]);
      v[i] = wi * Math.max(p * (1 - p), 1e-12);
      const o = i * d;
      for (let j = 0; j < d; j++) g[j] += r * x[o + j];
      g[d] += r;
    }
    for (let j = 0; j < d; j++) g[j] += 2 * pen[j] * (beta[j] - prior.weights[j]);
    g[d] += 2 * pen[d] * (beta[d] - prior.intercept);
    const exact = !reuse;
    if (exact) {
      weightedGram(data, plan, v, h);
      for (let j = 0; j < m; j++) h[j * m + j] += 2 * pen[j];
      if (!choleskyInPlace(h, m)) break;
    }
    const step = choleskySolve(h, m, g);
    let decrement = 0;
    for (let j = 0; j < m; j++) decrement += g[j] * step[j];
    if (decrement / 2 < 1e-10) {
      converged = true;
      break;
    }
    let t = 1;
    const next = new Float64Array(m);
    for (;;) {
      for (let j = 0; j < m; j++) next[j] = beta[j] - t * step[j];
      const nextEta = linearPredictor(x, n, d, next, next[d]);
      const nextF = objectiveAt(data, nextEta, next, prior, pen);
      if (nextF <= f - 1e-4 * t * decrement || t < 1e-8) {
        beta.set(next);
        eta = nextEta;
        f = nextF;
        break;
      }
      t /= 2;
    }
    // A full exact Newton step from within the quadratic region lands on the optimum to ~decrement².
    if (exact && t === 1 && decrement / 2 < 1e-8) {
      converged = true;
      break;
    }
    // Near the optimum the Hessian barely changes: reuse its factor for the next step (a
    // quasi-Newton step; the line search keeps every step a descent step).
    reuse = t === 1 && decrement < 1e-2;
  }
  return { weights: beta.slice(0, d), intercept: beta[d], iterations, converged, objective: f };
}

/** The Laplace approximation at a fit: the Cholesky factor of the penalized Hessian and the posterior variances. */
export interface LaplaceApproximation {
  /** Lower Cholesky factor of Xᵀ W X + diag(precision), (d+1)², intercept last; null if singular. */
  factor: Float64Array | null;
  /** Posterior variance of each weight (0..d-1) and of the intercept (d). */
  variances: Float64Array;
}

/**
 * Factors Xᵀ W X + diag(precision) at a fitted point (W = ω_i p(1−p), ω_i each row's weight) and returns the diagonal of its
 * inverse: the approximate posterior variance of each coefficient under a Gaussian prior with
 * that precision.
 */
export function laplaceApproximation(data: DesignMatrix, fit: Pick<LogisticFit, "weights" | "intercept">, precision: Float64Array): LaplaceApproximation {
  const { n, d, x } = data;
  const m = d + 1;
  const eta = linearPredictor(x, n, d, fit.weights, fit.intercept);
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = sigmoid(eta[i]);
    v[i] = weightOf(data, i) * p * (1 - p);
  }
  const h = new Float64Array(m * m);
  weightedGram(data, gramPlan(data), v, h);
  for (let j = 0; j < m; j++) h[j * m + j] += precision[j];
  if (!choleskyInPlace(h, m)) {
    // Only possible with a zero precision on a direction without data: fall back to the prior.
    return { factor: null, variances: Float64Array.from(precision, (p) => (p > 0 ? 1 / p : 1e6)) };
  }
  return { factor: h, variances: inverseDiagonal(h, m) };
}
