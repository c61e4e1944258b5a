// One account's churn prediction as of an instant: from the organization's model, or from the rules when it has none. Pure.
//
// Risk categories (probability of churn within the window):
//   LOW < 0.15 ≤ MEDIUM < 0.35 ≤ HIGH < 0.60 ≤ CRITICAL.
// Confidence: RULES are always LOW. A model's is the shared rule (@revgraph/learning
// confidence.ts) on the 90% interval of its probability (Laplace approximation) and its evidence,
// the accounts of the rarer label behind it.
import { confidenceFor, linearScore, rawRecordVector, sigmoid, standardizeRow, Z90, type Confidence } from "@revgraph/learning";
import { featurizeAccount, type AccountFacts, type AccountSnapshot } from "./churn-features";
import { churnExplanation, churnRecommendations, type ChurnRecommendation } from "./churn-explain";
import { churnFactorLabel, churnFactorValue } from "./churn-labels";
import { CHURN_WINDOW_DAYS, type ChurnModel } from "./churn-model";
import { ruleTerms, rulesLogit } from "./churn-rules";

export type RiskCategory = "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";
export type ChurnSource = "MODEL" | "RULES";

/** Lower bounds of MEDIUM, HIGH and CRITICAL. */
export const RISK_THRESHOLDS = { MEDIUM: 0.15, HIGH: 0.35, CRITICAL: 0.6 } as const;

export const RULES_VERSION = "churn-rules/1";

/** One feature's part in a churn prediction: its value in human units and its effect on the log-odds. */
export interface ChurnFactor {
  name: string;
  label: string;
  /** Days, a count, a score, 0/1 for a category; null when unknown. */
  value: number | null;
  contribution: number;
}

export interface ChurnPrediction {
  probability: number;
  riskCategory: RiskCategory;
  confidence: Confidence;
  /** Sorted by |contribution|, largest first. */
  factors: ChurnFactor[];
  explanation: string;
  recommendations: ChurnRecommendation[];
  source: ChurnSource;
  modelVersion: string;
  windowDays: number;
  asOf: Date;
}

export function riskCategoryOf(probability: number): RiskCategory {
  if (probability >= RISK_THRESHOLDS.CRITICAL) return "CRITICAL";
  if (probability >= RISK_THRESHOLDS.HIGH) return "HIGH";
  if (probability >= RISK_THRESHOLDS.MEDIUM) return "MEDIUM";
  return "LOW";
}

interface Scored {
  probability: number;
  confidence: Confidence;
  factors: ChurnFactor[];
}

function scoreWithModel(model: ChurnModel, snapshot: AccountSnapshot, facts: AccountFacts, values: number[]): Scored {
  const raw = rawRecordVector(model.encoder, { core: values, attributes: snapshot.attributes });
  const x = Float64Array.from(raw);
  standardizeRow(model.encoder, x);
  const score = linearScore(model, model.encoder.features, x);
  const se = Math.sqrt(Math.max(0, score.variance));
  const probability = sigmoid(score.logit);
  const evidence = Math.min(model.churned, model.accounts - model.churned);
  const confidence = confidenceFor(probability, sigmoid(score.logit - Z90 * se), sigmoid(score.logit + Z90 * se), evidence);
  const factors = score.contributions.map((c) => ({
    name: c.name,
    label: churnFactorLabel(model.encoder, c.name),
    value: churnFactorValue(c.name, facts, snapshot, raw[model.encoder.features.indexOf(c.name)]),
    contribution: c.contribution,
  }));
  return { probability, confidence, factors };
}

function scoreWithRules(snapshot: AccountSnapshot, facts: AccountFacts): Scored {
  const terms = ruleTerms(facts, snapshot);
  const factors = terms
    .map((t) => ({ name: `rule.${t.name}`, label: churnFactorLabel(null, `rule.${t.name}`), value: t.value, contribution: t.contribution }))
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.name.localeCompare(b.name));
  return { probability: sigmoid(rulesLogit(terms)), confidence: "LOW", factors };
}

/**
 * The churn prediction of an account as known at `asOf`: from `model` when the organization has
 * one, from the rules (source RULES, LOW confidence) when it is null.
 */
export function predictChurn(model: ChurnModel | null, snapshot: AccountSnapshot, asOf: Date): ChurnPrediction {
  const windowDays = model?.windowDays ?? CHURN_WINDOW_DAYS;
  const { values, facts } = featurizeAccount(snapshot, asOf, windowDays);
  const scored = model ? scoreWithModel(model, snapshot, facts, values) : scoreWithRules(snapshot, facts);
  const source: ChurnSource = model ? "MODEL" : "RULES";
  const riskCategory = riskCategoryOf(scored.probability);
  const context = { ...scored, riskCategory, source, windowDays, facts, model };
  return {
    ...scored,
    riskCategory,
    explanation: churnExplanation(context),
    recommendations: churnRecommendations(context, snapshot),
    source,
    modelVersion: model?.version ?? RULES_VERSION,
    windowDays,
    asOf,
  };
}

/** Churn probabilities only (no factors or text): what evaluation and batch ranking need. */
export function churnProbability(model: ChurnModel | null, snapshot: AccountSnapshot, asOf: Date): number {
  const windowDays = model?.windowDays ?? CHURN_WINDOW_DAYS;
  const { values, facts } = featurizeAccount(snapshot, asOf, windowDays);
  if (!model) return sigmoid(rulesLogit(ruleTerms(facts, snapshot)));
  const x = rawRecordVector(model.encoder, { core: values, attributes: snapshot.attributes });
  standardizeRow(model.encoder, x);
  let z = model.intercept;
  model.encoder.features.forEach((name, j) => {
    z += (model.weights[name] ?? 0) * x[j];
  });
  return sigmoid(z);
}
