import type { AccountOutcome } from "../outcomes/account-outcome.type";
import type { ChurnModelRow } from "./churn-model.repository";
import { parseChurnModel } from "./churn-model-format";
import type { ChurnPredictionRow } from "./churn-prediction.repository";
import type { ChurnConfidence, ChurnModelInfo, ChurnPlaybookType, ChurnPrediction } from "./churn.type";

export function toChurnPrediction(row: ChurnPredictionRow): ChurnPrediction {
  return {
    id: row.id,
    accountId: row.accountId,
    probability: row.probability,
    riskCategory: row.riskCategory,
    confidence: row.confidence as ChurnConfidence,
    factors: row.factors,
    explanation: row.explanation,
    recommendations: row.recommendations.map((r) => ({ ...r, playbook: r.playbook as ChurnPlaybookType | null })),
    source: row.source,
    modelVersion: row.modelVersion,
    windowDays: row.windowDays,
    predictedAt: row.predictedAt,
    validUntil: row.validUntil,
    status: row.status,
    actualOutcome: row.actualOutcome as AccountOutcome | null,
    wasAccurate: row.wasAccurate,
  };
}

export function toChurnModelInfo(row: ChurnModelRow): ChurnModelInfo {
  const model = parseChurnModel(row.model);
  return {
    version: row.version,
    modelVersion: model?.version ?? "unreadable",
    accounts: row.accounts,
    churned: row.churned,
    metrics: row.metrics,
    weights: model ? { intercept: model.intercept, ...model.weights } : {},
    trainedBy: row.trainedBy,
    trainedAt: row.createdAt,
  };
}
