// Public API of the scoring subgraph's learning core: features, default and learned models, evaluation, explanations.
export { ACTIVITY_TYPES, ACTIVITY_WEIGHTS, describeFeature, engagementScore, snapshotLead, type ActivityType, type LeadFacts, type Outcome } from "./features";
export { encodeLead, fitEncoder, type Encoder, type EncoderOptions } from "./encoder";
export { DEFAULT_WEIGHTS, predictDefault, type DefaultPrediction } from "./default-model";
export { trainOrgModel, trainRepModel, type RepTraining } from "./train";
export type { RepOf, RepSpread } from "./rep-spread";
export type { OrgTraining, TrainingOptions } from "./training-state";
export { evaluateTraining } from "./evaluate";
export { compareModels, type ModelComparison, type ModelSnapshot } from "./compare-models";
export { confidenceFor, predict, predictProbabilities } from "./predict";
export { explain, isPersonalized } from "./explain";
export { mulberry32 } from "@revgraph/learning";
export { auc, brier, calibrationTable, expectedCalibrationError, logLoss, qualityMetrics, type CalibrationBin, type QualityMetrics } from "@revgraph/learning";
export type { Confidence, Factor, ModelLevel, ModelMetrics, ModelPrediction, TrainedModel, TrainingEvaluation } from "./model-types";
