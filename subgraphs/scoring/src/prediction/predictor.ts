/** Pure: turns a lead's facts and the caller's active model into a prediction with factors and reasoning. */
import { predictDefault } from "../model/default-model";
import { explain, isPersonalized } from "../model/explain";
import type { LeadFacts } from "../model/features";
import type { Factor, TrainedModel } from "../model/model-types";
import { predict } from "../model/predict";

/** The model a caller's predictions come from: the rep's own, else the organization's, else the default. */
export type ActiveModel = { key: "default"; version: "default" } | { key: string; version: string; level: "organization" | "rep"; model: TrainedModel };

/** Which model serves a caller, without its weights or action evidence: enough to find cached predictions. */
export interface ServingModel {
  key: string;
  version: string;
  level: "default" | "organization" | "rep";
}

export interface PredictionResult {
  probability: number;
  confidence: "LOW" | "MEDIUM" | "HIGH";
  personalized: boolean;
  factors: Factor[];
  reasoning: string;
  modelVersion: string;
}

export const DEFAULT_MODEL: ActiveModel = { key: "default", version: "default" };
export const DEFAULT_SERVING: ServingModel = { key: "default", version: "default", level: "default" };

export function predictLead(active: ActiveModel, facts: LeadFacts, now: Date): PredictionResult {
  if (!("model" in active)) {
    const prediction = predictDefault(facts, now);
    return {
      probability: prediction.probability,
      confidence: "LOW",
      personalized: false,
      factors: prediction.factors,
      reasoning: defaultReasoning(prediction.probability, prediction.factors),
      modelVersion: active.version,
    };
  }
  const prediction = predict(active.model, facts, now);
  return {
    probability: prediction.probability,
    confidence: prediction.confidence,
    personalized: isPersonalized(active.model),
    factors: prediction.factors,
    reasoning: explain(active.model, prediction, facts),
    modelVersion: active.version,
  };
}

function defaultReasoning(probability: number, factors: Factor[]): string {
  const top = factors[0];
  const lead = top ? ` ${capitalize(top.label)} (${formatRaw(top)}) contributes most (+${top.contribution.toFixed(2)}).` : "";
  return `No closed leads have been trained on yet, so the default weights apply: ${Math.round(probability * 100)}% to convert.${lead}`;
}

function formatRaw(factor: Factor): string {
  const raw = factor.rawValue;
  if (raw === null || raw < 0) return "no activity yet";
  if (factor.name === "recency") return `${raw.toFixed(1)} days since the last activity`;
  if (factor.name === "funnelTime") return `${Math.round(raw)} days in the funnel`;
  return String(Math.round(raw * 10) / 10);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
