import type { QualityMetrics } from "@revgraph/learning";
import type { Backtest, BacktestScores as Scores } from "../model/backtest";
import { isPersonalized } from "../model/explain";
import { describeFeature } from "../model/feature-labels";
import type { TrainingEvaluation } from "../model/model-types";
import type { ScoringModelRow } from "./scoring-model.repository";
import type { BacktestScores, ModelBacktest } from "./backtest.type";
import type { ModelQuality } from "./model-quality.type";
import { ModelLevel, type ModelWeight, type ScoringModel } from "./scoring-model.type";
import { SEED_DEFAULT_WEIGHTS } from "./training.service";

export function toWeights(weights: Record<string, number>): ModelWeight[] {
  return Object.entries(weights)
    .map(([feature, weight]) => ({ feature, label: describeFeature(feature), weight }))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.feature.localeCompare(b.feature));
}

export function quality(q: QualityMetrics | null | undefined): ModelQuality | null {
  return q ? { auc: q.auc, brier: q.brier, logLoss: q.logLoss, calibrationError: q.ece } : null;
}

function toScores(band: string, s: Scores): BacktestScores {
  return {
    band,
    leads: s.count,
    won: s.positives,
    meanProbability: s.meanPredicted,
    observedRate: s.observedRate,
    model: quality(s.model),
    organization: quality(s.organization),
    default: quality(s.default),
    previous: quality(s.previous),
  };
}

function toBacktest(b: Backtest | null | undefined): ModelBacktest | null {
  if (!b) return null;
  return {
    horizonDays: b.horizonDays,
    cutoffs: b.cutoffs.map((c) => ({ at: new Date(c.at), openLeads: c.openLeads, trainingLeads: c.trainingLeads })),
    overall: toScores("all", b.overall),
    byAge: b.byAge.map((x) => toScores(x.band, x)),
    calibration: b.calibration,
    lift: (b.lift ?? []).map(({ group, ...rest }) => ({ decile: group, ...rest })),
  };
}

export function toEvaluation(e: TrainingEvaluation | null, level: "rep" | "organization") {
  if (!e) return null;
  return {
    backtest: toBacktest(e.backtest),
    method: e.method,
    testSize: e.testSize,
    model: quality(level === "rep" ? e.rep : e.organization),
    previous: quality(e.previous),
    organization: quality(e.organization),
    default: quality(e.default),
  };
}

export function toScoringModel(row: ScoringModelRow, callerId: string): ScoringModel {
  const { model } = row;
  const level = row.userId ? "rep" : "organization";
  const personalized = model !== null && isPersonalized(model);
  const owner = row.userId === callerId ? "your" : "this rep's";
  if (model === null) {
    // A model from an earlier feature design: kept in the history, never served.
    return {
      ...storedFields(row),
      level: level === "rep" ? ModelLevel.REP : ModelLevel.ORGANIZATION,
      personalized: false,
      message: "A model from an earlier version of the features; it no longer serves predictions. Retrain to replace it.",
      weights: [],
    };
  }
  return {
    ...storedFields(row),
    level: level === "rep" ? ModelLevel.REP : ModelLevel.ORGANIZATION,
    personalized,
    message:
      level === "rep"
        ? `A model trained on ${row.sampleSize} of ${owner} leads (${row.positives} won), pooled toward the team's model${personalized ? "" : ", which it still follows closely"}.`
        : `Your team's model, trained on ${row.sampleSize} leads (${row.positives} won). Close leads of your own to personalize it.`,
    weights: toWeights(model.weights),
  };
}

/** The fields every stored model shows, whether or not it can still serve. */
function storedFields(row: ScoringModelRow) {
  return {
    id: row.id,
    version: row.version,
    active: row.active,
    sampleSize: row.sampleSize,
    positives: row.positives,
    trainedAt: row.trainedAt,
    evaluation: toEvaluation(row.evaluation as TrainingEvaluation, row.userId ? "rep" : "organization"),
    notes: row.notes,
  };
}

export function defaultScoringModel(): ScoringModel {
  return {
    id: null,
    version: null,
    level: ModelLevel.DEFAULT,
    personalized: false,
    active: true,
    message: "Using the default weights: nobody on your team has trained a model yet. Record won and lost leads, then retrain to learn your patterns.",
    weights: toWeights(SEED_DEFAULT_WEIGHTS),
    sampleSize: 0,
    positives: 0,
    trainedAt: null,
    evaluation: null,
    notes: null,
  };
}
