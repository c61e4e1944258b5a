// Plain-language explanation of a prediction: what drives the model's wins and where this lead stands, with real numbers.
import { formatNumber as round, formatSigned as signed, plural } from "@revgraph/learning";
import { describeFeature } from "./feature-labels";
import type { LeadFacts } from "./features";
import type { Factor, ModelPrediction, TrainedModel } from "./model-types";

/** "this lead has 3", "this lead's last activity was 2 days ago", ... */
function leadPhrase(f: Factor): string {
  const v = f.rawValue;
  if (f.name.startsWith("activity.") || f.name.startsWith("early.")) return `this lead has ${v ?? 0}`;
  if (f.name === "engagement") return `this lead's engagement score is ${v ?? 0}`;
  if (f.name === "recency" || f.name === "recency.none")
    return v === null ? "this lead has no activity yet" : `this lead's last activity was ${plural(Math.round(v), "day", "days")} ago`;
  if (f.name === "recent") return `this lead had ${plural(v ?? 0, "activity", "activities")} in the last 7 days`;
  if (f.name === "recent30") return `this lead had ${plural(v ?? 0, "activity", "activities")} in the last 30 days`;
  if (/\.bin\d+$/.test(f.name)) return v === null ? "this lead's is unknown" : `this lead's is ${round(v)}`;
  if (f.name === "firstCall" || f.name === "firstCall.missing") {
    if (v === null || (f.name === "firstCall.missing" && v === 1)) return "this lead has had no call yet";
    if (f.name === "firstCall.missing") return "this lead has had a call";
    return `this lead's first call came ${v < 1 ? "within a day" : `${plural(Math.round(v), "day", "days")} after it was created`}`;
  }
  if (f.name.startsWith("age.")) return f.rawValue === 1 ? "this lead is" : "this lead is not";
  if (f.name === "funnelTime") {
    const days = v ?? 0;
    return days < 1 ? "this lead is less than a day old" : `this lead has been open ${plural(Math.round(days), "day", "days")}`;
  }
  if (f.name.includes("=") || f.name.startsWith("source.")) return v === 1 ? "this lead has it" : "this lead does not";
  if (f.name.endsWith(".missing")) return v === 1 ? "this lead's is missing" : "this lead's is known";
  return v === null ? `this lead's ${f.label} is unknown` : `this lead's ${f.label} is ${round(v)}`;
}

function drives(f: Factor): string {
  return f.name.startsWith("activity.") || f.name.startsWith("early.") ? `${f.label} drive` : `${f.label} drives`;
}

/** Features that describe where a lead stands (its age, that nothing happened yet), not something that drives wins. */
function isState(name: string): boolean {
  return name.startsWith("age.") || name === "funnelTime" || name === "recency.none" || name.endsWith(".missing");
}

/**
 * The feature with the largest positive weight in the model, as a factor of this prediction. A
 * type's first-week count (`early.T`) and its total count (`activity.T`) are one driver, their
 * weights and contributions added; state features (isState) are not drivers.
 */
function strongestDriver(model: TrainedModel, prediction: ModelPrediction): Factor | null {
  const merged = new Map<string, Factor>();
  for (const f of prediction.factors) {
    if (isState(f.name)) continue;
    const name = f.name.replace(/^early\./, "activity.");
    const weight = model.weights[f.name] ?? 0;
    const seen = merged.get(name);
    // The total count's factor carries the rep-readable value; a first-week count only adds to it.
    const base = f.name === name ? f : (seen ?? { ...f, name, label: describeFeature(name) });
    merged.set(name, { ...base, weight: (seen?.weight ?? 0) + weight, contribution: (seen?.contribution ?? 0) + f.contribution });
  }
  // Days to the first call drive wins when they are few: a negative weight is a fast first call's strength.
  const firstCall = merged.get("firstCall");
  if (firstCall) merged.set("firstCall", { ...firstCall, label: "a fast first call", weight: -firstCall.weight });
  let best: Factor | null = null;
  for (const f of merged.values()) if (f.weight > 0 && (best === null || f.weight > best.weight)) best = f;
  return best;
}

/** Log-odds difference from the team model (RMS over the rep's own leads) from which a rep model counts as their own: about ±6 points at 50%. */
export const PERSONALIZED_DIVERGENCE = 0.25;

/**
 * Whether a rep model has moved measurably away from the team's: its predictions on the rep's own
 * leads differ from the team model's by at least PERSONALIZED_DIVERGENCE in log-odds (root mean
 * square). One closed lead, or a rep who sells like the team, does not make a model personal.
 */
export function isPersonalized(model: Pick<TrainedModel, "level" | "divergence">): boolean {
  return model.level === "rep" && (model.divergence ?? 0) >= PERSONALIZED_DIVERGENCE;
}

function whose(model: TrainedModel): { subject: string; yours: string } {
  const own = plural(model.sampleSize, "lead", "leads");
  const team = model.level === "rep" ? model.priorSampleSize : model.sampleSize;
  if (isPersonalized(model)) {
    const pooled = model.priorSampleSize > 0 ? ` (weighed against your team's ${model.priorSampleSize})` : "";
    return { subject: `Your ${own}${pooled} show`, yours: "your wins" };
  }
  if (model.level === "default" || team === 0) {
    return { subject: "With no outcomes to learn from yet, the default weights say", yours: "wins" };
  }
  if (model.level === "rep" && model.sampleSize > 0) {
    return { subject: `Your ${own} follow your team's pattern (${plural(team, "lead", "leads")}):`, yours: "wins" };
  }
  return { subject: `Based on your team's ${plural(team, "lead", "leads")},`, yours: "wins" };
}

/**
 * One or two sentences: what the model has learned drives wins and this lead's value on it,
 * then the factor that moves this lead's probability most when it is a different one.
 * Contributions are effects on the log-odds.
 */
export function explain(model: TrainedModel, prediction: ModelPrediction, facts: LeadFacts): string {
  const pct = Math.round(prediction.probability * 100);
  const driver = strongestDriver(model, prediction);
  const { subject, yours } = whose(model);
  const top = prediction.factors.find((f) => Math.abs(f.contribution) >= 0.005) ?? null;
  const first = driver ? `${subject} ${drives(driver)} ${yours}; ${leadPhrase(driver)} (${signed(driver.contribution)}).` : `${subject} no single factor stands out.`;
  const lead = facts.closedAt ? "At close this lead was" : "This lead is";
  if (top && top.name !== driver?.name) {
    return `${first} ${lead} at ${pct}% (${prediction.confidence.toLowerCase()} confidence); the factor moving it most is ${top.label}: ${leadPhrase(top)} (${signed(top.contribution)}).`;
  }
  return `${first} ${lead} at ${pct}% (${prediction.confidence.toLowerCase()} confidence).`;
}
