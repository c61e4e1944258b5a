// Churn prediction for accounts (pure): features as of a date, training on landmark snapshots, model or rules prediction, evaluation.
export { ACCOUNT_SIGNAL_TYPES, type AccountSignalType } from "@revgraph/db/vocabulary";
export { accountFactsAt, CHURN_FEATURES, featurizeAccount, type AccountFacts, type AccountSignal, type AccountSnapshot } from "./churn-features";
export {
  CHURN_LANDMARK_DAYS,
  CHURN_MODEL_FORMAT,
  CHURN_WINDOW_DAYS,
  churnLandmarkRows,
  trainChurnModel,
  type ChurnExample,
  type ChurnModel,
  type ChurnTrainingOptions,
} from "./churn-model";
export { churnModelSchema, parseChurnModel } from "./churn-model-format";
export {
  churnProbability,
  predictChurn,
  RISK_THRESHOLDS,
  riskCategoryOf,
  RULES_VERSION,
  type ChurnFactor,
  type ChurnPrediction,
  type ChurnSource,
  type RiskCategory,
} from "./churn-predict";
export { rulesProbability, ruleTerms } from "./churn-rules";
export type { ChurnRecommendation, PlaybookType } from "./churn-explain";
export { evaluateChurnModel, evaluateChurnPredictions, type ChurnEvaluation, type LabelledAccount } from "./churn-evaluation";
