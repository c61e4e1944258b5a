// The JSON shapes of trained models, their metrics, evaluations and predictions.
import type { ModelLevel } from "@revgraph/db/vocabulary";
import type { CalibrationBin, LambdaScore, QualityMetrics } from "@revgraph/learning";
import type { Backtest } from "./backtest";
import type { Encoder } from "./encoder";

export type { ModelLevel };
export type Confidence = "LOW" | "MEDIUM" | "HIGH";
export type EvaluationMethod = "holdout" | "cross-validation";

/** One feature's part in a prediction. */
export interface Factor {
  /** Feature name, e.g. "activity.PROPERTY_VIEW". */
  name: string;
  /** Human label, e.g. "property views". */
  label: string;
  /** The value the weight multiplies (standardized for learned models). */
  value: number;
  weight: number;
  /** weight × value: for learned models, the feature's effect on the log-odds. */
  contribution: number;
  /** The value in human units: a count, days, a score, 0/1 for a category, the attribute's number; null when there is none (e.g. days since the last activity of a lead without activity). */
  rawValue: number | null;
}

/** The same held-out leads scored by every model level (null metrics when there were none). */
export interface TrainingEvaluation {
  method: EvaluationMethod;
  testSize: number;
  rep: QualityMetrics | null;
  organization: QualityMetrics | null;
  default: QualityMetrics | null;
  /** The previously active model on the same leads, when one was given. */
  previous?: QualityMetrics | null;
  /** Calibration of the newly trained model (the rep model, or the org model for an org evaluation). */
  calibration: CalibrationBin[];
  /** The as-of backtest on leads open at past dates (backtest.ts): what decides activation when it has leads. */
  backtest?: Backtest | null;
}

export interface ModelMetrics {
  method: EvaluationMethod | "none";
  testSize: number;
  /** This model on held-out leads. */
  quality: QualityMetrics | null;
  /** The seed's default weights on the same held-out leads. */
  defaultQuality: QualityMetrics | null;
  /** The organization model on the same held-out leads (rep models only). */
  organizationQuality?: QualityMetrics | null;
  /** How the prior strength was chosen. */
  lambdaSearch: LambdaScore[];
}

/** A fitted model. Plain JSON: stored in the database and reloaded with JSON.parse. */
export interface TrainedModel {
  version?: number;
  level: ModelLevel;
  encoder: Encoder;
  /** Weight per feature name, on the standardized scale. */
  weights: Record<string, number>;
  intercept: number;
  /** Chosen prior strength; null when the model is a copy of its prior (no data of its own). For a rep pooled with the spread learned across reps, the pull on its least-pulled weight (the others are pulled harder, in proportion to how little reps differ on them). */
  lambda: number | null;
  /** Chosen pull of the intercept toward the parent's; null like lambda. */
  interceptLambda: number | null;
  /** Per-weight pulls toward the parent, when they differ by weight (a rep pooled with the spread learned across reps). */
  pulls?: Record<string, number>;
  /** Leads behind the model (with at least one landmark row), and those won within the horizon. */
  sampleSize: number;
  positives: number;
  /** Rep models: root-mean-square difference of the log-odds from the team model's over the rep's own training rows (explain.ts isPersonalized). */
  divergence?: number;
  /** The data behind the prior this model was pooled toward (the org's leads, for a rep). */
  priorSampleSize: number;
  priorPositives: number;
  /** Approximate posterior variance of each weight (Laplace approximation). */
  variances: Record<string, number>;
  interceptVariance: number;
  trainedAt: string;
  metrics: ModelMetrics;
}

export interface PredictionUncertainty {
  /** Approximate standard error of the predicted log-odds. */
  logitStdError: number;
  /** 90% interval of the probability. */
  low: number;
  high: number;
}

export interface ModelPrediction {
  probability: number;
  confidence: Confidence;
  factors: Factor[];
  uncertainty: PredictionUncertainty;
}
