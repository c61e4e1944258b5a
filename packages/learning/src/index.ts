// The shared learning core: penalized logistic regression pooled toward a prior, the least-squares line, λ selection, encoders, metrics and contributions. Pure: no database, no clock.
export { choleskyInPlace, choleskySolve, inverseDiagonal } from "./linalg";
export { gramPlan, weightedGram, type GramPlan } from "./gram";
export {
  fitLogistic,
  laplaceApproximation,
  linearPredictor,
  logit,
  penaltyVector,
  sigmoid,
  weightOf,
  type CoefficientPrior,
  type DesignMatrix,
  type LaplaceApproximation,
  type LogisticFit,
  type LogisticOptions,
} from "./logistic";
export { designMatrixOf, groupFolds, groupOf, rowsByGroup, stratifiedFolds, subsetRows, type ColumnScaling } from "./design-matrix";
export {
  effectiveParameters,
  INTERCEPT_GRID,
  LAMBDA_GRID,
  selectLambda,
  weightedOutcomes,
  withinStandardErrors,
  type LambdaScore,
  type LambdaSelection,
  type LambdaSelectionOptions,
} from "./lambda-selection";
export { fitLevel, toRecord, toVector, type FitLevelOptions, type LevelFit, type NamedColumns } from "./pooling";
export {
  attributeColumnNames,
  binOf,
  compileAttributePlan,
  fillAttributes,
  fitAttributeSpecs,
  fitStandardization,
  keptCategories,
  NUMERIC_BINS,
  numericAttributeColumns,
  numericValue,
  OTHER_CATEGORY,
  quantileCuts,
  standardizeRow,
  type AttributePlan,
  type AttributeRecord,
  type AttributeSpec,
  type Standardization,
} from "./encoder";
export { encodeRecords, fitRecordEncoder, RECORD_ENCODER_FORMAT, rawRecordVector, type EncodableRow, type RecordEncoder, type RecordEncoderOptions } from "./record-encoder";
export { attributeBinLabel, attributeValueOf, describeAttributeColumn, describeCategoryColumn, humanizeKey } from "./feature-labels";
export { byContribution, formatNumber, formatSigned, linearScore, plural, type Contribution, type LinearScore } from "./contributions";
export { confidenceFor, Z90, type Confidence } from "./confidence";
export { auc, brier, calibrationTable, expectedCalibrationError, liftTable, logLoss, qualityMetrics, type CalibrationBin, type LiftGroup, type QualityMetrics } from "./metrics";
export { leastSquaresLine, type Line } from "./least-squares";
export { mulberry32, normal, poisson, type Rng } from "./random";
