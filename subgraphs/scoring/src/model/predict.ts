// Scores one lead with a trained model: probability, confidence, uncertainty and per-feature factors.
//
// Confidence rule. The uncertainty is the Laplace approximation of the log-odds variance,
// Var(b) + Σ x_j² Var(w_j) (posterior variances from the fit; covariances ignored), turned into a
// 90% interval of the probability. "Evidence" is the number of leads of the rarer outcome behind
// the model: its own closed leads plus those of the parent it was pooled toward.
// The band itself (LOW / MEDIUM / HIGH from the interval's width and the evidence) is the shared
// rule of @revgraph/learning confidence.ts.
import { attributeBinLabel, attributeValueOf, byContribution, confidenceFor, sigmoid, Z90 } from "@revgraph/learning";
import { rawFeatureVector, type Encoder } from "./encoder";
import { describeFeature } from "./feature-labels";
import { asOfFor, snapshotAt, type ActivityType, type LeadFacts, type LeadSnapshot } from "./features";
import type { Factor, ModelPrediction, TrainedModel } from "./model-types";

const MIN_PROBABILITY = 0.01;
const MAX_PROBABILITY = 0.99;

/** Leads of the rarer outcome behind a model, its own plus its parent's. */
export function modelEvidence(model: Pick<TrainedModel, "sampleSize" | "positives" | "priorSampleSize" | "priorPositives">): number {
  const own = Math.min(model.positives, model.sampleSize - model.positives);
  const parent = Math.min(model.priorPositives, model.priorSampleSize - model.priorPositives);
  return own + parent;
}

export { confidenceFor };

/** A feature's value in human units (a count, days, a score, 0/1, the attribute's own number). */
function humanValue(name: string, raw: number, snapshot: LeadSnapshot, facts: LeadFacts): number | null {
  if (name.startsWith("activity.")) return snapshot.counts[name.slice("activity.".length) as ActivityType] ?? 0;
  if (name.startsWith("early.")) return snapshot.earlyCounts[name.slice("early.".length) as ActivityType] ?? 0;
  if (name === "engagement") return snapshot.engagement;
  if (name === "recency" || name === "recency.none") return snapshot.daysSinceLastActivity;
  if (name === "recent") return snapshot.recentActivities;
  if (name === "recent30") return snapshot.activitiesLast30Days;
  if (name === "funnelTime") return snapshot.daysInFunnel;
  if (name === "firstCall") return snapshot.daysToFirstCall;
  if (name.startsWith("attr.") && !name.includes("=") && !name.endsWith(".missing")) return attributeValueOf(name, facts.attributes);
  return raw;
}

/** The label of a feature; a numeric attribute's bin names its range ("total visits 3 to 5"). */
function labelOf(encoder: Encoder, name: string): string {
  return attributeBinLabel(encoder.attributes, name, describeFeature) ?? describeFeature(name);
}

function standardized(encoder: Encoder, raw: Float64Array): Float64Array {
  return Float64Array.from(raw, (v, j) => (v - encoder.means[j]) / encoder.stds[j]);
}

/** Scores a lead (as of its close, or `now` while open) with a trained model. */
export function predict(model: TrainedModel, facts: LeadFacts, now: Date): ModelPrediction {
  return predictAt(model, facts, asOfFor(facts, now));
}

/** Scores a lead as it was known at `at` (a landmark, a backtest cutoff, or now). */
export function predictAt(model: TrainedModel, facts: LeadFacts, at: Date): ModelPrediction {
  const { encoder } = model;
  const snapshot = snapshotAt(facts, at);
  const raw = rawFeatureVector(encoder, facts, at, snapshot);
  const x = standardized(encoder, raw);
  let eta = model.intercept;
  let variance = model.interceptVariance;
  const factors: Factor[] = [];
  encoder.features.forEach((name, j) => {
    const weight = model.weights[name] ?? 0;
    const contribution = weight * x[j];
    eta += contribution;
    variance += x[j] * x[j] * (model.variances[name] ?? 0);
    factors.push({ name, label: labelOf(encoder, name), value: x[j], weight, contribution, rawValue: humanValue(name, raw[j], snapshot, facts) });
  });
  factors.sort(byContribution);
  const se = Math.sqrt(Math.max(0, variance));
  const clamp = (p: number): number => Math.min(MAX_PROBABILITY, Math.max(MIN_PROBABILITY, p));
  const probability = clamp(sigmoid(eta));
  const low = clamp(sigmoid(eta - Z90 * se));
  const high = clamp(sigmoid(eta + Z90 * se));
  return {
    probability,
    confidence: confidenceFor(probability, low, high, modelEvidence(model)),
    factors,
    uncertainty: { logitStdError: se, low, high },
  };
}

/** Probabilities for many leads (no factors): what evaluation needs. */
export function predictProbabilities(model: TrainedModel, facts: LeadFacts[], now: Date): Float64Array {
  return Float64Array.from(facts, (f) => predict(model, f, now).probability);
}
