// Honest evaluation: rep, org and default models scored on the same leads none of them trained on.
//
// Split. Org-wide time-ordered holdout: the org's closed leads sorted by closedAt, the last 20%
// held out (when the org has ≥ 50 closed leads and both outcomes among them). A rep is evaluated
// on the holdout when they have ≥ 50 closed leads, ≥ 10 of them held out with both outcomes, and
// ≥ 10 before the cutoff: the org model refitted before the cutoff is then shared by all reps.
// Otherwise stratified K-fold cross-validation with K = min(5, n): for each fold the org model
// leaves the fold's leads out (one Newton step from the full org fit when they are under 5% of the
// org's rows — exact to second order — else a warm-started refit at the org's λ), and the rep
// model is refitted on the other folds with its own nested λ selection.
// The encoder (standardization, categories) is fitted once on all the org's leads: it sees
// held-out leads' features, never their outcomes. The reps' spread (rep-spread.ts) is re-learned
// before the holdout cutoff; in cross-validation it is the org's, learned across all reps (one
// shared hyperparameter, in which a rep's held-out outcomes carry a small part).
import { predictDefault } from "./default-model";
import type { LeadFacts } from "./features";
import { choleskySolve } from "./linalg";
import { fitLogistic, linearPredictor, sigmoid, type CoefficientPrior, type DesignMatrix } from "./logistic";
import { calibrationTable, qualityMetrics } from "./metrics";
import type { EvaluationMethod, TrainedModel, TrainingEvaluation } from "./model-types";
import { designMatrix, stratifiedFolds, subsetRows } from "./design-matrix";
import { fitLevel, type LevelFit } from "./pooling";
import { estimateRepSpread, SPREAD_LEAVE_OUT_SHARE, type RepSpread } from "./rep-spread";
import { predict } from "./predict";
import { closedLeads, orgSelection, priorAtBaseRate, repSelection, type OrgState, type OrgTraining } from "./training-state";

const HOLDOUT_FRACTION = 0.2;
const MIN_HOLDOUT_LEADS = 50;

function probabilities(data: DesignMatrix, c: CoefficientPrior): Float64Array {
  const eta = linearPredictor(data.x, data.n, data.d, c.weights, c.intercept);
  return eta.map((z) => Math.min(0.99, Math.max(0.01, sigmoid(z))));
}

function defaultProbabilities(facts: LeadFacts[], now: Date): Float64Array {
  return Float64Array.from(facts, (f) => predictDefault(f, now).probability);
}

function hasBothClasses(y: ArrayLike<number>): boolean {
  let pos = 0;
  for (let i = 0; i < y.length; i++) pos += y[i];
  return pos > 0 && pos < y.length;
}

/** Out-of-sample predictions of each model for the same test leads, in the same order. */
interface Collected {
  y: number[];
  candidate: number[];
  organization: number[];
  default: number[];
  previous: number[];
}

function emptyCollected(): Collected {
  return { y: [], candidate: [], organization: [], default: [], previous: [] };
}

function push(target: number[], values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) target.push(values[i]);
}

function summarize(method: EvaluationMethod, c: Collected, level: "rep" | "organization", previous: TrainedModel | null): TrainingEvaluation {
  if (c.y.length === 0) {
    return { method, testSize: 0, rep: null, organization: null, default: null, ...(previous ? { previous: null } : {}), calibration: [] };
  }
  const candidate = qualityMetrics(c.candidate, c.y);
  return {
    method,
    testSize: c.y.length,
    rep: level === "rep" ? candidate : null,
    organization: level === "rep" ? qualityMetrics(c.organization, c.y) : candidate,
    default: qualityMetrics(c.default, c.y),
    ...(previous ? { previous: qualityMetrics(c.previous, c.y) } : {}),
    calibration: calibrationTable(c.candidate, c.y),
  };
}

function collectTest(c: Collected, test: DesignMatrix, facts: LeadFacts[], now: Date, candidate: CoefficientPrior, organization: CoefficientPrior | null, previous: TrainedModel | null): void {
  push(c.y, test.y);
  push(c.candidate, probabilities(test, candidate));
  if (organization) push(c.organization, probabilities(test, organization));
  push(c.default, defaultProbabilities(facts, now));
  if (previous) for (const f of facts) c.previous.push(predict(previous, f, now).probability);
}

function selectionOptions(state: OrgState, level: "rep" | "organization") {
  return level === "rep" ? repSelection(state) : orgSelection(state);
}

/** Evaluates the org model against the default model; returns the org holdout fit for the reps. */
export function evaluateOrganization(state: OrgState, previous: TrainedModel | null): { evaluation: TrainingEvaluation; holdout: OrgState["holdout"] } {
  const { closed, data, now } = state;
  const n = closed.length;
  const nTest = Math.ceil(HOLDOUT_FRACTION * n);
  const testRows = Array.from({ length: nTest }, (_, i) => n - nTest + i);
  const c = emptyCollected();
  if (n >= MIN_HOLDOUT_LEADS && hasBothClasses(testRows.map((r) => data.y[r]))) {
    const train = subsetRows(data, Array.from({ length: n - nTest }, (_, i) => i));
    const prior = priorAtBaseRate(state.prior, train.y);
    const fit = fitLevel(train, prior, null, selectionOptions(state, "organization"));
    collectTest(c, subsetRows(data, testRows), closed.slice(n - nTest), now, fit, null, previous);
    const testIds = new Set(closed.slice(n - nTest).map((f) => f.leadId));
    // The reps' spread is re-learned before the cutoff too: the held-out outcomes inform nothing.
    const spread = state.spread ? spreadWithout(train, prior, fit, state.repRows) : null;
    return { evaluation: summarize("holdout", c, "organization", previous), holdout: { testIds, fit, spread } };
  }
  const k = Math.min(5, n);
  const fold = stratifiedFolds(data.y, k);
  for (let f = 0; f < k; f++) {
    const rows = (inFold: boolean) => closed.map((_, i) => i).filter((i) => (fold[i] === f) === inFold);
    const train = subsetRows(data, rows(false));
    const fit = fitLevel(train, priorAtBaseRate(state.prior, train.y), null, selectionOptions(state, "organization"));
    const test = rows(true);
    collectTest(c, subsetRows(data, test), test.map((i) => closed[i]), now, fit, null, previous);
  }
  return { evaluation: summarize("cross-validation", c, "organization", previous), holdout: null };
}

/**
 * The org model as if `rows` of its data had been left out: one Newton step from the full fit
 * (β + H⁻¹ g_S, H the full penalized Hessian, g_S the left-out rows' gradient) when they are at
 * most `maxShare` of the data (default 5%), else a warm-started refit at the same λ.
 */
export function orgWithoutRows(state: Pick<OrgState, "data" | "fit" | "prior">, rows: number[], maxShare = 0.05): CoefficientPrior {
  const { data, fit } = state;
  if (rows.length === 0) return fit;
  const { d } = data;
  if (fit.factor && rows.length <= maxShare * data.n) {
    const g = new Float64Array(d + 1);
    const left = subsetRows(data, rows);
    const eta = linearPredictor(left.x, left.n, d, fit.weights, fit.intercept);
    for (let i = 0; i < left.n; i++) {
      const r = sigmoid(eta[i]) - left.y[i];
      for (let j = 0; j < d; j++) g[j] += r * left.x[i * d + j];
      g[d] += r;
    }
    const step = choleskySolve(fit.factor, d + 1, g);
    return { weights: Float64Array.from(fit.weights, (w, j) => w + step[j]), intercept: fit.intercept + step[d] };
  }
  const drop = new Set(rows);
  const keep = Array.from({ length: data.n }, (_, i) => i).filter((i) => !drop.has(i));
  const lambda = fit.lambda ?? 1;
  const refit = fitLogistic(subsetRows(data, keep), state.prior, { lambda, interceptLambda: fit.interceptLambda ?? Math.min(lambda, 1), init: fit });
  return refit;
}

/** The reps' spread around a fit of the first `train.n` rows (the rows each rep keeps below that). */
function spreadWithout(train: DesignMatrix, prior: CoefficientPrior, fit: LevelFit, repRows: number[][]): RepSpread | null {
  const groups = repRows.map((rows) => rows.filter((r) => r < train.n)).filter((rows) => rows.length > 0);
  return estimateRepSpread({ data: train, groups, parentWithout: (rows) => orgWithoutRows({ data: train, fit, prior }, rows, SPREAD_LEAVE_OUT_SHARE) });
}

/**
 * Evaluates a rep's pooled model, the org model and the default model on the same held-out
 * leads (see the header for the split). `repFacts` are expected among the org's leads.
 */
export function evaluateTraining(repFacts: LeadFacts[], options: { org: OrgTraining; now: Date; previous?: TrainedModel | null }): TrainingEvaluation {
  const { state } = options.org;
  const { now } = options;
  const previous = options.previous ?? null;
  const closed = closedLeads(repFacts);
  const data = designMatrix(state.encoder, closed, now);
  const n = closed.length;
  const c = emptyCollected();
  const repOptions = selectionOptions(state, "rep");
  const holdout = state.holdout;
  if (holdout && n >= MIN_HOLDOUT_LEADS) {
    const test = closed.map((f, i) => (holdout.testIds.has(f.leadId) ? i : -1)).filter((i) => i >= 0);
    const train = closed.map((f, i) => (holdout.testIds.has(f.leadId) ? -1 : i)).filter((i) => i >= 0);
    const testData = subsetRows(data, test);
    if (test.length >= 10 && train.length >= 10 && hasBothClasses(testData.y)) {
      const fit: LevelFit = fitLevel(subsetRows(data, train), holdout.fit, holdout.fit.variances, repSelection(state, holdout.spread));
      collectTest(c, testData, test.map((i) => closed[i]), now, fit, holdout.fit, previous);
      return summarize("holdout", c, "rep", previous);
    }
  }
  const k = Math.min(5, n);
  const fold = stratifiedFolds(data.y, k);
  for (let f = 0; f < k; f++) {
    const test = closed.map((_, i) => i).filter((i) => fold[i] === f);
    const train = closed.map((_, i) => i).filter((i) => fold[i] !== f);
    const orgRows = test.map((i) => state.rowById.get(closed[i].leadId)).filter((r): r is number => r !== undefined);
    const org = orgWithoutRows(state, orgRows);
    const fit = fitLevel(subsetRows(data, train), org, state.fit.variances, repOptions);
    collectTest(c, subsetRows(data, test), test.map((i) => closed[i]), now, fit, org, previous);
  }
  return summarize("cross-validation", c, "rep", previous);
}
