import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import {
  CHURN_PREDICTION_STATUSES,
  CHURN_SOURCES,
  CS_JOB_STATUSES,
  RISK_CATEGORIES,
  type CsJobStatus as CsJobStatusWord,
  type ChurnPredictionStatus as StatusWord,
  type ChurnSource as SourceWord,
  type RiskCategory as RiskWord,
} from "@revgraph/db/vocabulary";
import { enumObject, JSONScalar, UserError } from "@revgraph/graph";
import { AccountOutcome } from "../outcomes/account-outcome.type";
import { PREDICTION_VALIDITY_DAYS } from "./churn-predictor";

export const RiskCategory = enumObject(RISK_CATEGORIES);
export type RiskCategory = RiskWord;
registerEnumType(RiskCategory, {
  name: "RiskCategory",
  description: "Churn risk band of a probability of churn within the window.",
  valuesConfig: {
    LOW: { description: "Below 0.15." },
    MEDIUM: { description: "0.15 to below 0.35." },
    HIGH: { description: "0.35 to below 0.60; raises a RISK / CHURN_RISK_HIGH CTA." },
    CRITICAL: { description: "0.60 or more; raises an URGENT RISK / CHURN_RISK_HIGH CTA." },
  },
});

export const ChurnSource = enumObject(CHURN_SOURCES);
export type ChurnSource = SourceWord;
registerEnumType(ChurnSource, {
  name: "ChurnSource",
  description: "Where a churn prediction came from. The probability is always the model's or the rules'.",
  valuesConfig: {
    MODEL: { description: "The organization's model, trained on its recorded outcomes; deterministic text." },
    LLM: { description: "The organization's model or the rules for the numbers; explanation and recommendations written by the language model." },
    RULES: { description: "The rules fallback (no outcomes recorded yet): low confidence." },
  },
});

export const ChurnPredictionStatus = enumObject(CHURN_PREDICTION_STATUSES);
export type ChurnPredictionStatus = StatusWord;
registerEnumType(ChurnPredictionStatus, {
  name: "ChurnPredictionStatus",
  description: "A stored churn prediction's life.",
  valuesConfig: {
    ACTIVE: { description: "The account's current prediction (at most one)." },
    SUPERSEDED: { description: "Replaced by a newer prediction before it expired (forceRefresh, a new model, a portfolio run)." },
    EXPIRED: { description: "Its validity passed and it was replaced." },
  },
});

export enum ChurnConfidence {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
}
registerEnumType(ChurnConfidence, {
  name: "ChurnConfidence",
  description: "How much data and certainty stand behind a churn prediction: rules are always LOW; a model's from its 90% interval and its outcomes.",
});

export enum ChurnPlaybookType {
  RISK = "RISK",
  RENEWAL = "RENEWAL",
  EXPANSION = "EXPANSION",
}
registerEnumType(ChurnPlaybookType, { name: "ChurnPlaybookType", description: "The CTA type whose playbook a churn recommendation belongs to." });

@ObjectType({ description: "One input's part in a churn prediction." })
export class ChurnFactor {
  @Field(() => String, { description: "Feature name, e.g. usage.trend or rule.health." })
  name!: string;

  @Field(() => String, { description: "Human label." })
  label!: string;

  @Field(() => Float, { nullable: true, description: "Its value in human units (days, a count, a score; 1/0 for a category); null when unknown." })
  value!: number | null;

  @Field(() => Float, { description: "Its effect on the log-odds of churn (positive raises the risk)." })
  contribution!: number;
}

@ObjectType({ description: "One thing to do about a churn risk." })
export class ChurnRecommendation {
  @Field(() => ChurnPlaybookType, { nullable: true, description: "The playbook (by CTA type) it belongs to; null for a concrete step on its own." })
  playbook!: ChurnPlaybookType | null;

  @Field(() => String, { description: "What to do." })
  action!: string;

  @Field(() => String, { description: "The numbers that call for it." })
  reason!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A stored churn prediction of an account." })
export class ChurnPrediction {
  @Field(() => ID, { description: "The prediction's id (a CTA it raised has it as sourceRef)." })
  id!: string;

  @Field(() => ID, { description: "The account." })
  accountId!: string;

  @Field(() => Float, { description: "Probability (0-1) that the account churns within windowDays after predictedAt." })
  probability!: number;

  @Field(() => RiskCategory, { description: "The probability's band." })
  riskCategory!: RiskCategory;

  @Field(() => ChurnConfidence, { description: "How much to trust it." })
  confidence!: ChurnConfidence;

  @Field(() => [ChurnFactor], { description: "The inputs with the largest effect, largest |contribution| first (at most 20)." })
  factors!: ChurnFactor[];

  @Field(() => String, { description: "Why, quoting the numbers." })
  explanation!: string;

  @Field(() => [ChurnRecommendation], { description: "What to do, most urgent first." })
  recommendations!: ChurnRecommendation[];

  @Field(() => ChurnSource, { description: "Model, rules, or language-model text over the model's or rules' numbers." })
  source!: ChurnSource;

  @Field(() => String, { description: "The model version (churn-model/<format>@<trained at>) or churn-rules/<n>." })
  modelVersion!: string;

  @Field(() => Int, { description: "Days after predictedAt the probability is about (90 by default)." })
  windowDays!: number;

  @Field(() => Date, { description: "When it was made." })
  predictedAt!: Date;

  @Field(() => Date, { description: `Served from the store until then (${PREDICTION_VALIDITY_DAYS} days after predictedAt), then recomputed.` })
  validUntil!: Date;

  @Field(() => ChurnPredictionStatus, { description: "ACTIVE, SUPERSEDED or EXPIRED." })
  status!: ChurnPredictionStatus;

  @Field(() => AccountOutcome, { nullable: true, description: "The outcome recorded within its window, once one is." })
  actualOutcome!: AccountOutcome | null;

  @Field(() => Boolean, { nullable: true, description: "Once validated: true when HIGH/CRITICAL and churned, or LOW/MEDIUM and not churned." })
  wasAccurate!: boolean | null;
}

@ObjectType({ description: "Result of predictChurn." })
export class PredictChurnPayload {
  @Field(() => ChurnPrediction, { nullable: true, description: "The account's ACTIVE prediction after the call." })
  prediction!: ChurnPrediction | null;

  @Field(() => Boolean, { description: "True when a valid stored prediction was returned (forceRefresh false)." })
  fromStore!: boolean;

  @Field(() => [UserError], { description: "Why nothing was predicted; empty on success." })
  errors!: UserError[];
}

@ObjectType({ description: "Quality figures of churn probabilities on a set of accounts." })
export class ChurnQuality {
  @Field(() => Float, { nullable: true, description: "Area under the ROC curve; null with only one class." })
  auc!: number | null;

  @Field(() => Float, { description: "Brier score (mean squared error of the probability)." })
  brier!: number;

  @Field(() => Float, { description: "Log loss." })
  logLoss!: number;

  @Field(() => Float, { description: "Expected calibration error over 10 bins." })
  ece!: number;
}

@ObjectType({ description: "The held-out check of a churn model at training, next to the rules on the same accounts." })
export class ChurnModelMetrics {
  @Field(() => String, { description: "How the held-out accounts were chosen and scored." })
  method!: string;

  @Field(() => Int, { description: "Accounts the checked model was trained on." })
  trainAccounts!: number;

  @Field(() => Int, { description: "Held-out accounts." })
  heldOutAccounts!: number;

  @Field(() => Int, { description: "Held-out accounts that churned." })
  heldOutChurned!: number;

  @Field(() => ChurnQuality, { nullable: true, description: "The model on the held-out accounts; null when not run." })
  model!: ChurnQuality | null;

  @Field(() => ChurnQuality, { nullable: true, description: "The rules on the same accounts." })
  rules!: ChurnQuality | null;
}

@ObjectType({ description: "A stored churn model of the organization." })
export class ChurnModelInfo {
  @Field(() => Int, { description: "1, 2, …: the newest version serves predictions." })
  version!: number;

  @Field(() => String, { description: "What predictions quote as modelVersion." })
  modelVersion!: string;

  @Field(() => Int, { description: "Accounts with a recorded outcome behind it." })
  accounts!: number;

  @Field(() => Int, { description: "Of them, accounts that churned within the window of a snapshot." })
  churned!: number;

  @Field(() => ChurnModelMetrics, { description: "Its held-out check." })
  metrics!: ChurnModelMetrics;

  @Field(() => JSONScalar, { description: "The model's weights by feature (standardized scale) and intercept." })
  weights!: unknown;

  @Field(() => ID, { description: "Who trained it." })
  trainedBy!: string;

  @Field(() => Date, { description: "When it was trained." })
  trainedAt!: Date;
}

@ObjectType({ description: "Result of trainChurnModel." })
export class TrainChurnModelPayload {
  @Field(() => ChurnModelInfo, { nullable: true, description: "The new model, now serving predictions." })
  model!: ChurnModelInfo | null;

  @Field(() => [UserError], { description: "Why nothing was trained (NO_TRAINING_DATA); empty on success." })
  errors!: UserError[];
}

@ObjectType({ description: "Validated predictions of one source." })
export class ChurnAccuracyBySource {
  @Field(() => ChurnSource, { description: "The source." })
  source!: ChurnSource;

  @Field(() => Int, { description: "Validated predictions." })
  validated!: number;

  @Field(() => Int, { description: "Of them, accurate ones." })
  accurate!: number;
}

@ObjectType({ description: "How churn predictions fared against the outcomes recorded within their windows: the prospective check." })
export class ChurnPredictionAccuracy {
  @Field(() => Date, { description: "Predictions made from (inclusive)." })
  from!: Date;

  @Field(() => Date, { description: "Predictions made until (exclusive)." })
  to!: Date;

  @Field(() => Int, { description: "Validated predictions (an outcome was recorded within their window)." })
  validated!: number;

  @Field(() => Int, { description: "Of them, predictions of accounts that churned." })
  churned!: number;

  @Field(() => Int, { description: "Accurate ones: HIGH/CRITICAL and churned, or LOW/MEDIUM and not." })
  accurate!: number;

  @Field(() => Float, { nullable: true, description: "AUC of the probabilities; null with only one class." })
  auc!: number | null;

  @Field(() => Float, { nullable: true, description: "Brier score; null without validated predictions." })
  brier!: number | null;

  @Field(() => Float, { nullable: true, description: "Share of HIGH/CRITICAL predictions (probability ≥ 0.35) whose account churned." })
  precisionAtHigh!: number | null;

  @Field(() => Float, { nullable: true, description: "Share of churned accounts' predictions that were HIGH/CRITICAL." })
  recallAtHigh!: number | null;

  @Field(() => [ChurnAccuracyBySource], { description: "Counts by source." })
  bySource!: ChurnAccuracyBySource[];
}

export const ChurnJobStatus = enumObject(CS_JOB_STATUSES);
export type ChurnJobStatus = CsJobStatusWord;
registerEnumType(ChurnJobStatus, {
  name: "ChurnJobStatus",
  description: "Where a portfolio churn run stands.",
  valuesConfig: {
    QUEUED: { description: "Waiting for a customer-success worker." },
    RUNNING: { description: "Predicting; see done and total." },
    SUCCEEDED: { description: "Every account was predicted." },
    FAILED: { description: "Stopped; lastError says why (the accounts done so far keep their new predictions)." },
  },
});

@ObjectType({ description: "A portfolio churn run (predictChurnForPortfolio): every account not churned gets a new prediction." })
export class ChurnPortfolioJob {
  @Field(() => ID, { description: "The job's id." })
  id!: string;

  @Field(() => ChurnJobStatus, { description: "Where it stands." })
  status!: ChurnJobStatus;

  @Field(() => Int, { description: "Accounts to predict." })
  total!: number;

  @Field(() => Int, { description: "Accounts predicted so far." })
  done!: number;

  @Field(() => JSONScalar, { nullable: true, description: "What it did, once finished: accounts and predicted." })
  result!: unknown;

  @Field(() => String, { nullable: true, description: "Why it failed." })
  lastError!: string | null;

  @Field(() => Date, { description: "When it was queued." })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "When it finished." })
  finishedAt!: Date | null;
}
