// Held-out quality of churn probabilities, with the shared metrics: AUC, Brier, log loss, ECE and the calibration table. Pure.
import { calibrationTable, qualityMetrics, type CalibrationBin, type QualityMetrics } from "@revgraph/learning";
import type { AccountSnapshot } from "./churn-features";
import type { ChurnModel } from "./churn-model";
import { churnProbability } from "./churn-predict";

export interface ChurnEvaluation extends QualityMetrics {
  accounts: number;
  churned: number;
  /** Mean predicted probability, next to the observed churn rate churned / accounts. */
  meanProbability: number;
  calibration: CalibrationBin[];
}

/** Metrics of probabilities `p` against labels `y` (1 = churned within the window). */
export function evaluateChurnPredictions(p: ArrayLike<number>, y: ArrayLike<number>): ChurnEvaluation {
  let churned = 0;
  let sum = 0;
  for (let i = 0; i < y.length; i++) {
    churned += y[i];
    sum += p[i];
  }
  return { ...qualityMetrics(p, y), accounts: y.length, churned, meanProbability: y.length > 0 ? sum / y.length : 0, calibration: calibrationTable(p, y) };
}

/** One held-out account: its snapshot, the prediction date, and whether it churned within the window after it. */
export interface LabelledAccount {
  snapshot: AccountSnapshot;
  asOf: Date;
  churned: boolean;
}

/** Scores held-out accounts with a model (or the rules, for null) and evaluates the probabilities. */
export function evaluateChurnModel(model: ChurnModel | null, accounts: readonly LabelledAccount[]): ChurnEvaluation {
  const p = accounts.map((a) => churnProbability(model, a.snapshot, a.asOf));
  return evaluateChurnPredictions(
    p,
    accounts.map((a) => (a.churned ? 1 : 0)),
  );
}
