// Plain-language explanation of a prediction: what drives the model's wins and where this lead stands, with real numbers.
import type { LeadFacts } from "./features";
import type { Factor, ModelPrediction, TrainedModel } from "./model-types";

function signed(x: number): string {
  const r = x.toFixed(2);
  return x >= 0 ? `+${r}` : r.replace("-", "−");
}

function round(x: number): string {
  if (Number.isInteger(x)) return String(x);
  return Math.abs(x) >= 10 ? String(Math.round(x)) : x.toFixed(1);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "this lead has 3", "this lead's last activity was 2 days ago", ... */
function leadPhrase(f: Factor): string {
  const v = f.rawValue;
  if (f.name.startsWith("activity.")) return `this lead has ${v ?? 0}`;
  if (f.name === "engagement") return `this lead's engagement score is ${v ?? 0}`;
  if (f.name === "recency") return v === null ? "this lead has no activity yet" : `this lead's last activity was ${plural(Math.round(v), "day", "days")} ago`;
  if (f.name === "firstCall" || f.name === "firstCall.missing") {
    if (v === null || (f.name === "firstCall.missing" && v === 1)) return "this lead has had no call yet";
    if (f.name === "firstCall.missing") return "this lead has had a call";
    return `this lead's first call came ${v < 1 ? "within a day" : `${plural(Math.round(v), "day", "days")} after it was created`}`;
  }
  if (f.name === "funnelTime") return `this lead has been in the funnel ${plural(Math.round(v ?? 0), "day", "days")}`;
  if (f.name.includes("=") || f.name.startsWith("source.")) return v === 1 ? "this lead has it" : "this lead does not";
  if (f.name.endsWith(".missing")) return v === 1 ? "this lead's is missing" : "this lead's is known";
  return v === null ? `this lead's ${f.label} is unknown` : `this lead's ${f.label} is ${round(v)}`;
}

function drives(f: Factor): string {
  return f.name.startsWith("activity.") ? `${f.label} drive` : `${f.label} drives`;
}

/** The feature with the largest positive weight in the model, as a factor of this prediction. */
function strongestDriver(model: TrainedModel, prediction: ModelPrediction): Factor | null {
  let best: Factor | null = null;
  for (const f of prediction.factors) {
    const w = model.weights[f.name] ?? 0;
    if (w > 0 && (best === null || w > best.weight)) best = f;
  }
  return best;
}

/**
 * Whether a rep model has moved away from the team's: its own leads outweigh the pull toward the
 * team (each lead adds about 1/4 to the curvature of the log loss, the pull adds 2λ; λ ≤ n/4
 * means the rep's data carries at least a third of the weight). With per-weight pulls and a
 * `feature`, the pull on that weight.
 */
export function isPersonalized(model: Pick<TrainedModel, "level" | "lambda" | "sampleSize" | "pulls">, feature?: string): boolean {
  const lambda = (feature !== undefined ? model.pulls?.[feature] : undefined) ?? model.lambda;
  return model.level === "rep" && lambda !== null && model.sampleSize > 0 && lambda <= model.sampleSize / 4;
}

function whose(model: TrainedModel, driver: string | undefined): { subject: string; yours: string } {
  const own = plural(model.sampleSize, "closed lead", "closed leads");
  const team = model.level === "rep" ? model.priorSampleSize : model.sampleSize;
  if (isPersonalized(model, driver)) {
    const pooled = model.priorSampleSize > 0 ? ` (weighed against your team's ${model.priorSampleSize})` : "";
    return { subject: `Your ${own}${pooled} show`, yours: "your wins" };
  }
  if (model.level === "default" || team === 0) {
    return { subject: "With no closed leads to learn from yet, the default weights say", yours: "wins" };
  }
  if (model.level === "rep" && model.sampleSize > 0) {
    return { subject: `Your ${own} follow your team's pattern (${plural(team, "closed lead", "closed leads")}):`, yours: "wins" };
  }
  return { subject: `Based on your team's ${plural(team, "closed lead", "closed leads")},`, yours: "wins" };
}

/**
 * One or two sentences: what the model has learned drives wins and this lead's value on it,
 * then the factor that moves this lead's probability most when it is a different one.
 * Contributions are effects on the log-odds.
 */
export function explain(model: TrainedModel, prediction: ModelPrediction, facts: LeadFacts): string {
  const pct = Math.round(prediction.probability * 100);
  const driver = strongestDriver(model, prediction);
  const { subject, yours } = whose(model, driver?.name);
  const top = prediction.factors.find((f) => Math.abs(f.contribution) >= 0.005) ?? null;
  const first = driver
    ? `${subject} ${drives(driver)} ${yours}; ${leadPhrase(driver)} (${signed(driver.contribution)}).`
    : `${subject} no single factor stands out.`;
  const lead = facts.closedAt ? "At close this lead was" : "This lead is";
  if (top && top.name !== driver?.name) {
    return `${first} ${lead} at ${pct}% (${prediction.confidence.toLowerCase()} confidence); the factor moving it most is ${top.label}: ${leadPhrase(top)} (${signed(top.contribution)}).`;
  }
  return `${first} ${lead} at ${pct}% (${prediction.confidence.toLowerCase()} confidence).`;
}
