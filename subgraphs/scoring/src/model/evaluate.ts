// Closed-lead holdout: rep, org and default models scored on the same landmark rows of leads none of them trained on.
//
// This is the secondary evaluation (the backtest, backtest.ts, is what a rep's open leads are
// judged by). Split. Org-wide time-ordered holdout: the org's training leads sorted by creation,
// the last 20% held out with all their landmark rows (when the org has ≥ 50 such leads and both
// outcomes among their rows). A rep is evaluated on the holdout when they have ≥ 50 leads, ≥ 10 of
// them held out with both outcomes, and ≥ 10 before the cutoff: the org model refitted before the
// cutoff is then shared by all reps. Otherwise K-fold cross-validation by lead (K = min(5, n)): for
// each fold the org model leaves the fold's rows out (one Newton step from the full org fit when
// they are under 5% of the org's rows — exact to second order — else a warm-started refit at the
// org's λ), and the rep model is refitted on the other folds with its own nested λ selection.
// The encoder (standardization, categories) is fitted once on all the org's rows: it sees
// held-out leads' features, never their outcomes. The reps' spread (rep-spread.ts) is re-learned
// before the holdout cutoff; in cross-validation it is the org's, learned across all reps.
import {
  calibrationTable,
  choleskySolve,
  type CoefficientPrior,
  type DesignMatrix,
  fitLevel,
  fitLogistic,
  groupFolds,
  type LevelFit,
  linearPredictor,
  qualityMetrics,
  sigmoid,
  subsetRows,
  weightOf,
} from "@revgraph/learning";
import { predictDefaultAt } from "./default-model";
import type { TrainingRow } from "./landmarks";
import type { EvaluationMethod, TrainedModel, TrainingEvaluation } from "./model-types";
import { estimateRepSpread, SPREAD_LEAVE_OUT_SHARE, type RepSpread } from "./rep-spread";
import { predictAt } from "./predict";
import { orgSelection, priorAtBaseRate, repSelection, type OrgState, type OrgTraining } from "./training-state";

const HOLDOUT_FRACTION = 0.2;
const MIN_HOLDOUT_LEADS = 50;

function probabilities(data: DesignMatrix, c: CoefficientPrior): Float64Array {
  const eta = linearPredictor(data.x, data.n, data.d, c.weights, c.intercept);
  return eta.map((z) => Math.min(0.99, Math.max(0.01, sigmoid(z))));
}

function defaultProbabilities(rows: TrainingRow[]): Float64Array {
  return Float64Array.from(rows, (r) => predictDefaultAt(r.facts, r.at).probability);
}

/** An evaluation with no test leads. */
export function emptyEvaluation(): TrainingEvaluation {
  return { method: "holdout", testSize: 0, rep: null, organization: null, default: null, calibration: [] };
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

function collectTest(
  c: Collected,
  test: DesignMatrix,
  rows: TrainingRow[],
  candidate: CoefficientPrior,
  organization: CoefficientPrior | null,
  previous: TrainedModel | null,
): void {
  push(c.y, test.y);
  push(c.candidate, probabilities(test, candidate));
  if (organization) push(c.organization, probabilities(test, organization));
  push(c.default, defaultProbabilities(rows));
  if (previous) for (const r of rows) c.previous.push(predictAt(previous, r.facts, r.at).probability);
}

function selectionOptions(state: OrgState, level: "rep" | "organization") {
  return level === "rep" ? repSelection(state) : orgSelection(state);
}

/** Rows of the latest HOLDOUT_FRACTION of leads by creation, and the rows of the others. */
function timeSplit(state: Pick<OrgState, "rows" | "rowsByLead">): { train: number[]; test: number[]; testIds: Set<string> } {
  const leads = [...state.rowsByLead.keys()].sort((a, b) => {
    const fa = state.rows[(state.rowsByLead.get(a) as number[])[0]].facts;
    const fb = state.rows[(state.rowsByLead.get(b) as number[])[0]].facts;
    return fa.createdAt.getTime() - fb.createdAt.getTime() || a.localeCompare(b);
  });
  const nTest = Math.ceil(HOLDOUT_FRACTION * leads.length);
  const testIds = new Set(leads.slice(leads.length - nTest));
  const train: number[] = [];
  const test: number[] = [];
  state.rows.forEach((r, i) => (testIds.has(r.facts.leadId) ? test : train).push(i));
  return { train, test, testIds };
}

/** Evaluates the org model against the default model; returns the org holdout fit for the reps. */
export function evaluateOrganization(state: OrgState, previous: TrainedModel | null): { evaluation: TrainingEvaluation; holdout: OrgState["holdout"] } {
  const { rows, data } = state;
  const c = emptyCollected();
  const split = timeSplit(state);
  if (state.rowsByLead.size >= MIN_HOLDOUT_LEADS && hasBothClasses(split.test.map((r) => data.y[r]))) {
    const train = subsetRows(data, split.train);
    const prior = priorAtBaseRate(state.prior, train.y);
    const fit = fitLevel(train, prior, null, selectionOptions(state, "organization"));
    collectTest(
      c,
      subsetRows(data, split.test),
      split.test.map((i) => rows[i]),
      fit,
      null,
      previous,
    );
    // The reps' spread is re-learned before the cutoff too: the held-out outcomes inform nothing.
    const trainRowOf = new Map(split.train.map((r, i) => [r, i]));
    const spread = state.spread ? spreadWithout(train, prior, fit, state.repRows, trainRowOf) : null;
    return { evaluation: summarize("holdout", c, "organization", previous), holdout: { testIds: split.testIds, fit, spread } };
  }
  const k = Math.min(5, state.rowsByLead.size);
  const fold = groupFolds(data, k);
  for (let f = 0; f < k; f++) {
    const select = (inFold: boolean) => rows.map((_, i) => i).filter((i) => (fold[i] === f) === inFold);
    const train = subsetRows(data, select(false));
    const fit = fitLevel(train, priorAtBaseRate(state.prior, train.y), null, selectionOptions(state, "organization"));
    const test = select(true);
    collectTest(
      c,
      subsetRows(data, test),
      test.map((i) => rows[i]),
      fit,
      null,
      previous,
    );
  }
  return { evaluation: summarize("cross-validation", c, "organization", previous), holdout: null };
}

/**
 * The org model as if `rows` of its data had been left out: one Newton step from the full fit
 * (β + H⁻¹ g_S, H the full penalized Hessian, g_S the left-out rows' gradient, each row weighted
 * as the fit weighed it, landmark rows by leads ÷ rows) when they are at
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
      const r = weightOf(left, i) * (sigmoid(eta[i]) - left.y[i]);
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

/** The reps' spread around a fit of the training rows (`trainRowOf`: org row → row of `train`). */
function spreadWithout(train: DesignMatrix, prior: CoefficientPrior, fit: LevelFit, repRows: number[][], trainRowOf: Map<number, number>): RepSpread | null {
  const groups = repRows.map((rows) => rows.flatMap((r) => (trainRowOf.has(r) ? [trainRowOf.get(r) as number] : []))).filter((rows) => rows.length > 0);
  return estimateRepSpread({ data: train, groups, parentWithout: (rows) => orgWithoutRows({ data: train, fit, prior }, rows, SPREAD_LEAVE_OUT_SHARE) });
}

/**
 * Evaluates a rep's pooled model, the org model and the default model on the same held-out
 * leads (see the header for the split). `repRows` are the rep's rows of the org's training rows.
 */
export function evaluateTraining(repRows: number[], options: { org: OrgTraining; previous?: TrainedModel | null }): TrainingEvaluation {
  const { state } = options.org;
  const previous = options.previous ?? null;
  const rows = repRows.map((i) => state.rows[i]);
  const data = subsetRows(state.data, repRows);
  const leads = new Set(rows.map((r) => r.facts.leadId)).size;
  const c = emptyCollected();
  const repOptions = selectionOptions(state, "rep");
  const holdout = state.holdout;
  if (holdout && leads >= MIN_HOLDOUT_LEADS) {
    const test = rows.map((r, i) => (holdout.testIds.has(r.facts.leadId) ? i : -1)).filter((i) => i >= 0);
    const train = rows.map((r, i) => (holdout.testIds.has(r.facts.leadId) ? -1 : i)).filter((i) => i >= 0);
    const testData = subsetRows(data, test);
    const testLeads = new Set(test.map((i) => rows[i].facts.leadId)).size;
    if (testLeads >= 10 && leads - testLeads >= 10 && hasBothClasses(testData.y)) {
      const fit: LevelFit = fitLevel(subsetRows(data, train), holdout.fit, holdout.fit.variances, repSelection(state, holdout.spread));
      collectTest(
        c,
        testData,
        test.map((i) => rows[i]),
        fit,
        holdout.fit,
        previous,
      );
      return summarize("holdout", c, "rep", previous);
    }
  }
  const k = Math.min(5, leads);
  const fold = groupFolds(data, k);
  for (let f = 0; f < k; f++) {
    const test = rows.map((_, i) => i).filter((i) => fold[i] === f);
    const train = rows.map((_, i) => i).filter((i) => fold[i] !== f);
    if (test.length === 0) continue;
    const org = orgWithoutRows(
      state,
      test.map((i) => repRows[i]),
    );
    const fit = fitLevel(subsetRows(data, train), org, state.fit.variances, repOptions);
    collectTest(
      c,
      subsetRows(data, test),
      test.map((i) => rows[i]),
      fit,
      org,
      previous,
    );
  }
  return summarize("cross-validation", c, "rep", previous);
}
