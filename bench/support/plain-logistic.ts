// Diagnostic for the real-data benchmark: plain L2 logistic regression on the product's own encoded features, same time-ordered split, no pooling or λ search.
import type { LeadFacts } from "../../subgraphs/scoring/src/model/features";
import { encodeRows, fitEncoder } from "../../subgraphs/scoring/src/model/encoder";
import { fitLogistic, linearPredictor, qualityMetrics, sigmoid } from "@revgraph/learning";

export interface HoldoutQuality {
  auc: number | null;
  brier: number;
  logLoss: number;
  calibrationError: number;
}

/**
 * Fits on the earliest 80% of closed leads by close date and scores the latest 20%, each lead as
 * known at its creation (the real data sets close a day later: their one landmark row; encoder
 * fitted on all leads). λ = 0.5 in units of summed log loss is scikit-learn's default C = 1.
 */
export function plainLogisticHoldout(facts: LeadFacts[], lambda = 0.5): HoldoutQuality {
  const closed = facts.filter((f) => f.outcome !== null && f.closedAt !== null).sort((a, b) => a.closedAt!.getTime() - b.closedAt!.getTime() || a.leadId.localeCompare(b.leadId));
  const nTest = Math.ceil(0.2 * closed.length);
  const train = closed.slice(0, closed.length - nTest);
  const test = closed.slice(closed.length - nTest);
  const at = (rows: LeadFacts[]) => rows.map((f) => ({ facts: f, at: f.createdAt }));
  const encoder = fitEncoder(at(closed));
  const d = encoder.features.length;
  const labels = (rows: LeadFacts[]) => Float64Array.from(rows, (f) => (f.outcome === "WON" ? 1 : 0));
  const data = { x: encodeRows(encoder, at(train)), y: labels(train), n: train.length, d };
  const fit = fitLogistic(data, { weights: new Float64Array(d), intercept: 0 }, { lambda, interceptLambda: 1e-6 });
  const eta = linearPredictor(encodeRows(encoder, at(test)), test.length, d, fit.weights, fit.intercept);
  // Clipped to [0.01, 0.99] like the product's evaluation.
  const q = qualityMetrics(
    Array.from(eta, (z) => Math.min(0.99, Math.max(0.01, sigmoid(z)))),
    Array.from(labels(test)),
  );
  return { auc: q.auc, brier: q.brier, logLoss: q.logLoss, calibrationError: q.ece };
}
