// Trains the organization and rep models (landmark rows → encoder → org pulled to default → rep pulled to org) and packages them as TrainedModel JSON.
import { type CoefficientPrior, type DesignMatrix, fitLevel, type LevelFit, linearPredictor, subsetRows, toRecord } from "@revgraph/learning";
import { fitEncoder, type Encoder } from "./encoder";
import { emptyEvaluation, evaluateOrganization, evaluateTraining, orgWithoutRows } from "./evaluate";
import type { LeadFacts } from "./features";
import { landmarkRows, type TrainingRow } from "./landmarks";
import type { ModelLevel, ModelMetrics, TrainedModel, TrainingEvaluation } from "./model-types";
import { designMatrix } from "./design-matrix";
import { defaultPrior, repPenaltyScale } from "./pooling";
import { estimateRepSpread, groupRowsByRep, SPREAD_LEAVE_OUT_SHARE, type RepOf } from "./rep-spread";
import { indexRowsByLead, leadCounts, orgSelection, priorAtBaseRate, repSelection, type OrgState, type OrgTraining, type TrainingOptions } from "./training-state";

export type { OrgTraining, RepOf, TrainingOptions };

export interface RepTraining {
  org: TrainedModel;
  rep: TrainedModel;
  evaluation: TrainingEvaluation;
}

export function metricsFrom(evaluation: TrainingEvaluation, level: ModelLevel, fit: LevelFit): ModelMetrics {
  const quality = level === "rep" ? evaluation.rep : evaluation.organization;
  return {
    method: evaluation.testSize > 0 ? evaluation.method : "none",
    testSize: evaluation.testSize,
    quality,
    defaultQuality: evaluation.default,
    ...(level === "rep" ? { organizationQuality: evaluation.organization } : {}),
    lambdaSearch: fit.scores,
  };
}

interface ModelParts {
  level: ModelLevel;
  encoder: Encoder;
  fit: LevelFit;
  /** The training rows behind the fit (their leads are the sample). */
  rows: TrainingRow[];
  prior: { sampleSize: number; positives: number };
  trainedAt: Date;
  metrics: ModelMetrics;
  /** Per-weight λ multipliers the fit used, recorded as per-weight pulls (reps pooled with the spread). */
  penaltyScale?: ArrayLike<number>;
}

/** Packages a level fit as TrainedModel JSON. */
export function buildModel(parts: ModelParts): TrainedModel {
  const { encoder, fit } = parts;
  const counts = leadCounts(parts.rows);
  return {
    level: parts.level,
    encoder,
    weights: toRecord(encoder, fit.weights),
    intercept: fit.intercept,
    lambda: fit.lambda,
    interceptLambda: fit.interceptLambda,
    ...(parts.penaltyScale && fit.lambda !== null
      ? {
          pulls: toRecord(
            encoder,
            Array.from(parts.penaltyScale, (k) => k * (fit.lambda as number)),
          ),
        }
      : {}),
    sampleSize: counts.leads,
    positives: counts.positives,
    priorSampleSize: parts.prior.sampleSize,
    priorPositives: parts.prior.positives,
    variances: toRecord(encoder, fit.variances),
    interceptVariance: fit.variances[encoder.features.length],
    trainedAt: parts.trainedAt.toISOString(),
    metrics: parts.metrics,
  };
}

/**
 * Builds the landmark rows of all the org's leads as known at `now` (landmarks.ts), fits the
 * encoder on them, then the org model pulled toward the default model, and evaluates it against
 * the default model on a closed-lead holdout. With `repOf` (each lead's rep) it also learns,
 * across reps, how far reps' weights spread around the org model's (rep-spread.ts): the pull its
 * reps' models get.
 */
export function trainOrgModel(input: { orgFacts: LeadFacts[]; now: Date; options?: TrainingOptions; previous?: TrainedModel | null; repOf?: RepOf }): OrgTraining {
  const { now } = input;
  const options = input.options ?? {};
  // Oldest first: row order (and so the cross-validation's subsample and folds) never depends on the order the database returned.
  const orgFacts = [...input.orgFacts].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.leadId.localeCompare(b.leadId));
  const rows = landmarkRows(orgFacts, now, options.landmarks);
  const encoder = fitEncoder(rows, { minCategoryCount: options.minCategoryCount });
  const data = designMatrix(encoder, rows);
  const prior = priorAtBaseRate(defaultPrior(encoder, rows), data.y);
  const fit = fitLevel(data, prior, null, orgSelection({ options }));
  const scale = repPenaltyScale(encoder, options.attributePull);
  const repRows = input.repOf && options.empiricalBayes !== false ? groupRowsByRep(rows, input.repOf) : [];
  const spread = repRows.length > 0 ? estimateRepSpread({ data, groups: repRows, parentWithout: (r) => orgWithoutRows({ data, fit, prior }, r, SPREAD_LEAVE_OUT_SHARE) }) : null;
  const base: OrgState = { now, options, encoder, rows, data, rowsByLead: indexRowsByLead(rows), prior, fit, holdout: null, repPenaltyScale: scale, repRows, spread };
  const { evaluation, holdout } = options.evaluate === false ? { evaluation: emptyEvaluation(), holdout: null } : evaluateOrganization(base, input.previous ?? null);
  const state: OrgState = { ...base, holdout };
  const model = buildModel({
    // Without a training row the org model is the default model expressed in this feature space.
    level: data.n > 0 ? "organization" : "default",
    encoder,
    fit,
    rows,
    prior: { sampleSize: 0, positives: 0 },
    trainedAt: now,
    metrics: metricsFrom(evaluation, "organization", fit),
  });
  return { model, evaluation, state };
}

function unionById(orgFacts: LeadFacts[], repFacts: LeadFacts[]): LeadFacts[] {
  const ids = new Set(orgFacts.map((f) => f.leadId));
  return [...orgFacts, ...repFacts.filter((f) => !ids.has(f.leadId))];
}

/**
 * Trains one rep's model on the org's landmark rows of the rep's leads, pulled toward the org
 * model (with the spread learned across reps when the org has one, a thick rep still free to
 * choose another multiple by cross-validation; else λ chosen by the rep's own cross-validation;
 * with no rows the rep model is the org model) and evaluates rep, org and default models on the
 * same held-out leads. Pass `org` (from trainOrgModel, with `repOf`) to reuse one org fit and its
 * spread across many reps.
 */
export function trainRepModel(input: {
  repFacts: LeadFacts[];
  orgFacts: LeadFacts[];
  now: Date;
  org?: OrgTraining;
  previous?: TrainedModel | null;
  options?: TrainingOptions;
}): RepTraining {
  const { repFacts, now } = input;
  const org = input.org ?? trainOrgModel({ orgFacts: unionById(input.orgFacts, repFacts), now, options: input.options });
  const { state } = org;
  const repRowIndices = repFacts.flatMap((f) => state.rowsByLead.get(f.leadId) ?? []).sort((a, b) => a - b);
  const rows = repRowIndices.map((i) => state.rows[i]);
  const data = subsetRows(state.data, repRowIndices);
  const selection = repSelection(state);
  const fit = fitLevel(data, state.fit, state.fit.variances, selection);
  const divergence = logitDivergence(data, fit, state.fit);
  const evaluation = state.options.evaluate === false ? emptyEvaluation() : evaluateTraining(repRowIndices, { org, previous: input.previous ?? null });
  const rep = buildModel({
    level: "rep",
    encoder: state.encoder,
    fit,
    rows,
    prior: { sampleSize: org.model.sampleSize, positives: org.model.positives },
    trainedAt: now,
    metrics: metricsFrom(evaluation, "rep", fit),
    penaltyScale: state.spread ? selection.penaltyScale : undefined,
  });
  return { org: org.model, rep: { ...rep, divergence }, evaluation };
}

/** Root-mean-square difference of two fits' log-odds over the rows of `data` (0 without rows). */
export function logitDivergence(data: DesignMatrix, a: CoefficientPrior, b: CoefficientPrior): number {
  if (data.n === 0) return 0;
  const ea = linearPredictor(data.x, data.n, data.d, a.weights, a.intercept);
  const eb = linearPredictor(data.x, data.n, data.d, b.weights, b.intercept);
  let ss = 0;
  for (let i = 0; i < data.n; i++) ss += (ea[i] - eb[i]) ** 2;
  return Math.sqrt(ss / data.n);
}
