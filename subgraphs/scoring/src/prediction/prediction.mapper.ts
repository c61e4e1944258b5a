import type { PredictionRow } from "./prediction.repository";
import { type Confidence, Prediction, type PredictionKind } from "./prediction.type";

export function toPrediction(row: PredictionRow): Prediction {
  return Object.assign(new Prediction(), {
    id: row.id,
    kind: row.kind as PredictionKind,
    leadId: row.leadId,
    probability: row.probability,
    confidence: row.confidence as Confidence,
    personalized: row.personalized,
    reasoning: row.reasoning,
    modelVersion: row.modelVersion,
    predictedAt: row.predictedAt,
  });
}
