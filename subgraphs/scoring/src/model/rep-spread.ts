// Empirical Bayes across reps: how far reps' weights spread around the org model's, learned from every rep's closed leads.
//
// A thin rep cannot tell from its own handful of leads how far to move from the team model; the
// org's other reps can. For each weight j (and the intercept) the spread τ_j² of the reps' true
// coefficients around the org model's is estimated, and a rep is then pulled toward the org
// model with the Gaussian prior N(w_org, τ_j²), i.e. the penalty λ_j = 1 / (2 τ_j²) per weight.
//
// 1. Measurement. Every rep with at least 10 leads of each outcome is fitted with a light pull
//    (λ = 1) toward the org model refitted without that rep's leads; δ_rj is its deviation and
//    s_rj² the Laplace variance of that deviation.
// 2. Moments. τ_j² solves the Paule–Mandel equation Σ_r δ_rj² / (s_rj² + τ_j²) = R (reps
//    deviate from the org model by N(0, τ_j² + s_rj²)); 0 when even τ_j² = 0 leaves the
//    deviations smaller than their noise. Clamped to [1e-4, 4].
// 3. Shared scale. One multiplier c of all the pulls is chosen by cross-validating across all
//    reps' leads jointly (5 folds per rep by lead, at most 200 leads per rep and about 4,000 in all, the
//    parent without each fold's leads): c = 1 (the moment estimate) unless another value is
//    better by more than one standard error. That choice is made from every rep's leads, not from
//    one thin rep's.
// Needs at least 4 measured reps; otherwise there is no spread and reps fall back to a per-rep λ.
import {
  type CoefficientPrior,
  type DesignMatrix,
  fitLogistic,
  groupFolds,
  groupOf,
  type LambdaSelectionOptions,
  laplaceApproximation,
  linearPredictor,
  subsetRows,
  weightedOutcomes,
  weightOf,
  withinStandardErrors,
} from "@revgraph/learning";
import type { TrainingRow } from "./landmarks";
import type { LambdaScore } from "@revgraph/learning";

/** Who a closed lead belonged to: a function or a map from leadId to the rep's id (null: nobody). */
export type RepOf = ((leadId: string) => string | null | undefined) | ReadonlyMap<string, string | null>;

export interface RepSpread {
  /** τ² per weight (encoder order), then the intercept's: d + 1 values. */
  variances: Float64Array;
  /** Shared multiplier of every pull 1/(2τ²), chosen by joint cross-validation (1 = the moment estimate). */
  scale: number;
  /** Reps whose deviation was measured. */
  reps: number;
  /** Joint cross-validated log loss per candidate multiplier (in the `lambda` field). */
  scores: LambdaScore[];
}

export interface SpreadInput {
  /** The org's closed leads (the org fit's rows). */
  data: DesignMatrix;
  /** Rows of `data` per rep. */
  groups: number[][];
  /** The org fit as if these rows had been left out. */
  parentWithout: (rows: number[]) => CoefficientPrior;
}

const MIN_MEASURED_MINORITY = 10;
const MIN_MEASURED_REPS = 4;
const MEASURE_PULL = 1;
const MIN_VARIANCE = 1e-4;
const MAX_VARIANCE = 4;
/** Candidate multipliers of the pulls, strongest first; 1 is preferred. */
const SCALES: readonly number[] = [16, 4, 2, 1, 0.5, 0.25];
/** Leads per rep in the joint cross-validation: at most 200, fewer when many reps share a budget of 4,000 (never under 40). */
const CV_ROWS_PER_REP = 200;
const CV_ROWS_TOTAL = 4000;
const CV_ROWS_MIN = 40;
/** Left-out share of the org's rows up to which the org without them is one Newton step from its fit (else refitted). */
export const SPREAD_LEAVE_OUT_SHARE = 0.2;
/** Per-rep λ multipliers around the shared pull, strongest first (a thick rep may still choose its own). */
export const REP_MULTIPLIERS: readonly number[] = [16, 4, 1, 0.25];
/** Leads of the rarer outcome from which a rep's own cross-validation may leave the shared pull. */
export const OWN_CHOICE_MINORITY = 20;

function repId(repOf: RepOf, leadId: string): string | null {
  const id = typeof repOf === "function" ? repOf(leadId) : repOf.get(leadId);
  return id ?? null;
}

/** Row indices of training rows per rep (leads without a rep are left out), reps in order of first appearance. */
export function groupRowsByRep(rows: TrainingRow[], repOf: RepOf): number[][] {
  const groups = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const id = repId(repOf, r.facts.leadId);
    if (id === null) return;
    const rows = groups.get(id);
    if (rows) rows.push(i);
    else groups.set(id, [i]);
  });
  return [...groups.values()];
}

/** Leads of the rarer outcome (rows × their weights). */
function minority(data: DesignMatrix): number {
  const { positives, negatives } = weightedOutcomes(data);
  return Math.min(positives, negatives);
}

/** τ² ≥ 0 solving Σ δ²/(s² + τ²) = R by bisection (the left side falls as τ² grows). */
export function pauleMandel(deltas: number[], variances: number[]): number {
  const excess = (t: number): number => deltas.reduce((s, d, r) => s + (d * d) / (variances[r] + t), 0) - deltas.length;
  if (deltas.length === 0 || excess(0) <= 0) return 0;
  let lo = 0;
  let hi = Math.max(1e-12, deltas.reduce((s, d) => s + d * d, 0) / deltas.length);
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (excess(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function measure(input: SpreadInput): { deltas: number[][]; variances: number[][] } {
  const { data } = input;
  const m = data.d + 1;
  const deltas: number[][] = Array.from({ length: m }, () => []);
  const variances: number[][] = Array.from({ length: m }, () => []);
  for (const rows of input.groups) {
    const rep = subsetRows(data, rows);
    if (minority(rep) < MIN_MEASURED_MINORITY) continue;
    const parent = input.parentWithout(rows);
    const fit = fitLogistic(rep, parent, { lambda: MEASURE_PULL, interceptLambda: MEASURE_PULL });
    const laplace = laplaceApproximation(rep, fit, new Float64Array(m).fill(2 * MEASURE_PULL));
    if (!laplace.factor) continue;
    for (let j = 0; j < m; j++) {
      deltas[j].push(j < data.d ? fit.weights[j] - parent.weights[j] : fit.intercept - parent.intercept);
      variances[j].push(laplace.variances[j]);
    }
  }
  return { deltas, variances };
}

/** Per-weight penalties 1/(2τ²) (weights, then the intercept) of a spread, times its scale. */
export function spreadPenalties(spread: Pick<RepSpread, "variances" | "scale">, scale = spread.scale): Float64Array {
  return Float64Array.from(spread.variances, (t) => scale / (2 * Math.min(MAX_VARIANCE, Math.max(MIN_VARIANCE, t))));
}

function rowLoss(eta: number, y: number): number {
  const z = y === 1 ? -eta : eta;
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** `rows` of `data` grouped by lead, leads in order of first appearance. */
function leadsOf(data: DesignMatrix, rows: number[]): number[][] {
  const byLead = new Map<number, number[]>();
  for (const r of rows) {
    const g = groupOf(data, r);
    const list = byLead.get(g);
    if (list) list.push(r);
    else byLead.set(g, [r]);
  }
  return [...byLead.values()];
}

/** The shared multiplier by cross-validation across all reps' leads jointly (see the header). */
function chooseScale(input: SpreadInput, variances: Float64Array): { scale: number; scores: LambdaScore[] } {
  const { data } = input;
  const d = data.d;
  const base = spreadPenalties({ variances, scale: 1 });
  const folds: { train: DesignMatrix; test: DesignMatrix; testLeads: number[]; parent: CoefficientPrior; init: CoefficientPrior }[] = [];
  const cap = Math.min(CV_ROWS_PER_REP, Math.max(CV_ROWS_MIN, Math.ceil(CV_ROWS_TOTAL / Math.max(1, input.groups.length))));
  let leads = 0;
  for (const rows of input.groups) {
    // Whole leads, evenly spaced, at most `cap` of them; a lead's rows stay in one fold.
    const byLead = leadsOf(data, rows);
    const picked = byLead.length > cap ? Array.from({ length: cap }, (_, i) => byLead[Math.floor((i * byLead.length) / cap)]) : byLead;
    if (picked.length < 2) continue;
    const sample = picked.flat();
    const leadOf = picked.flatMap((r, k) => r.map(() => leads + k));
    leads += picked.length;
    const rep = subsetRows(data, sample);
    const k = Math.min(5, picked.length);
    const fold = groupFolds(rep, k);
    for (let f = 0; f < k; f++) {
      const test = sample.map((_, i) => i).filter((i) => fold[i] === f);
      if (test.length === 0) continue;
      const parent = input.parentWithout(test.map((i) => sample[i]));
      const train = sample.map((_, i) => i).filter((i) => fold[i] !== f);
      folds.push({ train: subsetRows(rep, train), test: subsetRows(rep, test), testLeads: test.map((i) => leadOf[i]), parent, init: parent });
    }
  }
  if (leads === 0) return { scale: 1, scores: [] };
  // Per-lead losses (the lead's rows' weighted losses summed), as the standard-error rule expects.
  const losses = SCALES.map((c) => {
    const loss = new Float64Array(leads);
    for (const f of folds) {
      const fit = fitLogistic(f.train, f.parent, { lambda: c, interceptLambda: c * base[d], penaltyScale: base, init: f.init });
      f.init = fit;
      const eta = linearPredictor(f.test.x, f.test.n, d, fit.weights, fit.intercept);
      for (let i = 0; i < f.test.n; i++) loss[f.testLeads[i]] += weightOf(f.test, i) * rowLoss(eta[i], f.test.y[i]);
    }
    return loss;
  });
  const n = leads;
  const scores = losses.map((l, g) => ({ lambda: SCALES[g], cvLogLoss: l.reduce((a, b) => a + b, 0) / n }));
  return { scale: SCALES[withinStandardErrors(losses, 1, SCALES.indexOf(1))], scores };
}

/** Estimates the spread of reps around the org fit (see the header); null with fewer than 4 measurable reps. */
export function estimateRepSpread(input: SpreadInput): RepSpread | null {
  const { deltas, variances } = measure(input);
  const reps = deltas[0].length;
  if (reps < MIN_MEASURED_REPS) return null;
  const tau2 = Float64Array.from(deltas, (ds, j) => pauleMandel(ds, variances[j]));
  const { scale, scores } = chooseScale(input, tau2);
  return { variances: tau2, scale, reps, scores };
}

/**
 * λ selection options of a rep pooled with the spread: λ is the pull on the least-pulled weight,
 * the other weights' and the intercept's pulls in proportion to 1/τ²; ties go to the shared value,
 * which a rep with enough leads may leave for a stronger or weaker multiple (REP_MULTIPLIERS).
 */
export function spreadSelection(spread: RepSpread, d: number): Pick<LambdaSelectionOptions, "grid" | "preferred" | "penaltyScale" | "interceptScale" | "minMinority"> {
  const pen = spreadPenalties(spread);
  let weakest = Infinity;
  for (let j = 0; j < d; j++) weakest = Math.min(weakest, pen[j]);
  if (!Number.isFinite(weakest)) weakest = pen[d];
  const penaltyScale = Float64Array.from(pen.subarray(0, d), (p) => p / weakest);
  return { grid: REP_MULTIPLIERS.map((k) => k * weakest), preferred: weakest, penaltyScale, interceptScale: pen[d] / weakest, minMinority: OWN_CHOICE_MINORITY };
}
