// Trains the organization and rep models (encoder → org pulled to default → rep pulled to org) and packages them as TrainedModel JSON.
import { fitEncoder, type Encoder } from "./encoder";
import { evaluateOrganization, evaluateTraining, orgWithoutRows } from "./evaluate";
import type { LeadFacts } from "./features";
import type { DesignMatrix } from "./logistic";
import type { ModelLevel, ModelMetrics, TrainedModel, TrainingEvaluation } from "./model-types";
import { designMatrix } from "./design-matrix";
import { defaultPrior, fitLevel, repPenaltyScale, toRecord, type LevelFit } from "./pooling";
import { estimateRepSpread, groupRowsByRep, SPREAD_LEAVE_OUT_SHARE, type RepOf } from "./rep-spread";
import { closedLeads, orgSelection, positivesOf, priorAtBaseRate, repSelection, type OrgState, type OrgTraining, type TrainingOptions } from "./training-state";

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
  data: DesignMatrix;
  prior: { sampleSize: number; positives: number };
  trainedAt: Date;
  metrics: ModelMetrics;
  /** Per-weight λ multipliers the fit used, recorded as per-weight pulls (reps pooled with the spread). */
  penaltyScale?: ArrayLike<number>;
}

/** Packages a level fit as TrainedModel JSON. */
export function buildModel(parts: ModelParts): TrainedModel {
  const { encoder, fit } = parts;
  return {
    level: parts.level,
    encoder,
    weights: toRecord(encoder, fit.weights),
    intercept: fit.intercept,
    lambda: fit.lambda,
    interceptLambda: fit.interceptLambda,
    ...(parts.penaltyScale && fit.lambda !== null ? { pulls: toRecord(encoder, Array.from(parts.penaltyScale, (k) => k * (fit.lambda as number))) } : {}),
    sampleSize: parts.data.n,
    positives: positivesOf(parts.data.y),
    priorSampleSize: parts.prior.sampleSize,
    priorPositives: parts.prior.positives,
    variances: toRecord(encoder, fit.variances),
    interceptVariance: fit.variances[encoder.features.length],
    trainedAt: parts.trainedAt.toISOString(),
    metrics: parts.metrics,
  };
}

/**
 * Fits the encoder on all the org's leads (open ones as of `now`), then the org model on its
 * closed leads pulled toward the default model, and evaluates it against the default model.
 * With `repOf` (each closed lead's rep) it also learns, across reps, how far reps' weights spread
 * around the org model's (rep-spread.ts): the pull its reps' models get.
 */
export function trainOrgModel(input: { orgFacts: LeadFacts[]; now: Date; options?: TrainingOptions; previous?: TrainedModel | null; repOf?: RepOf }): OrgTraining {
  const { orgFacts, now } = input;
  const options = input.options ?? {};
  const encoder = fitEncoder(orgFacts, now, { minCategoryCount: options.minCategoryCount });
  const closed = closedLeads(orgFacts);
  const data = designMatrix(encoder, closed, now);
  const prior = priorAtBaseRate(defaultPrior(encoder, orgFacts, now), data.y);
  const fit = fitLevel(data, prior, null, orgSelection({ options }));
  const rowById = new Map(closed.map((f, i) => [f.leadId, i]));
  const scale = repPenaltyScale(encoder, options.attributePull);
  const repRows = input.repOf && options.empiricalBayes !== false ? groupRowsByRep(closed, input.repOf) : [];
  const spread = repRows.length > 0 ? estimateRepSpread({ data, groups: repRows, parentWithout: (rows) => orgWithoutRows({ data, fit, prior }, rows, SPREAD_LEAVE_OUT_SHARE) }) : null;
  const base: OrgState = { now, options, encoder, closed, data, rowById, prior, fit, holdout: null, repPenaltyScale: scale, repRows, spread };
  const { evaluation, holdout } = evaluateOrganization(base, input.previous ?? null);
  const state: OrgState = { ...base, holdout };
  const model = buildModel({
    // Without a closed lead the org model is the default model expressed in this feature space.
    level: data.n > 0 ? "organization" : "default",
    encoder,
    fit,
    data,
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
 * Trains one rep's model pulled toward the org model (with the spread learned across reps when
 * the org has one, a thick rep still free to choose another multiple by cross-validation; else λ
 * chosen by the rep's own cross-validation; with no closed leads the rep model is the org model)
 * and evaluates rep, org and default models on the same held-out leads. Pass `org` (from
 * trainOrgModel, with `repOf`) to reuse one org fit and its spread across many reps.
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
  const data = designMatrix(state.encoder, closedLeads(repFacts), now);
  const selection = repSelection(state);
  const fit = fitLevel(data, state.fit, state.fit.variances, selection);
  const evaluation = evaluateTraining(repFacts, { org, now, previous: input.previous ?? null });
  const rep = buildModel({
    level: "rep",
    encoder: state.encoder,
    fit,
    data,
    prior: { sampleSize: org.model.sampleSize, positives: org.model.positives },
    trainedAt: now,
    metrics: metricsFrom(evaluation, "rep", fit),
    penaltyScale: state.spread ? selection.penaltyScale : undefined,
  });
  return { org: org.model, rep, evaluation };
}
