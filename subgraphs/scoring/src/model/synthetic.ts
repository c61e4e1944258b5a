// Deterministic synthetic organization with known per-rep win patterns, for tests and the model-quality benchmark.
import { ACTIVITY_TYPES, DAY_MS, type ActivityType, type LeadFacts } from "./features";
import { mulberry32, normal, poisson, sigmoid, type Rng } from "@revgraph/learning";

function pick<T>(rng: Rng, items: readonly [T, number][]): T {
  let r = rng();
  for (const [item, p] of items) {
    if (r < p) return item;
    r -= p;
  }
  return items[items.length - 1][0];
}

/** Rep win patterns: "team" follows the org's pattern, the others add a strong signal of their own. */
export type RepPattern = "propertyViews" | "email" | "speed" | "team";

/** The ground-truth drivers every pattern's log-odds is built from (as of the lead's close). */
export interface TruthDrivers {
  propertyViews: number;
  email: number;
  recency: number;
  fastFirstCall: number;
  highIntent: number;
  funnel: number;
  referral: number;
  budget: number;
}

/** Coefficients on (centered) drivers added to the team's log-odds, per pattern. */
export const PATTERN_COEFFICIENTS: Readonly<Record<RepPattern, Partial<TruthDrivers>>> = {
  team: {},
  propertyViews: { propertyViews: 1.6, email: -0.5 },
  email: { email: 1.4, propertyViews: -0.6 },
  speed: { fastFirstCall: 1.2, recency: 1.2 },
};

const TEAM: TruthDrivers = { propertyViews: 0.2, email: 0.2, recency: 0.5, fastFirstCall: 0.2, highIntent: 0.9, funnel: -0.4, referral: 0.6, budget: 0.25 };
const TEAM_INTERCEPT = -1.0;
/** Approximate population means of the drivers, so a pattern's extra terms barely move the base rate. */
const CENTER: TruthDrivers = { propertyViews: 1.0, email: 1.8, recency: 0.35, fastFirstCall: 0.4, highIntent: 0.6, funnel: 3.2, referral: 0.2, budget: 0 };

const INTENSITY: Readonly<Record<ActivityType, number>> = {
  EMAIL_OPEN: 4,
  EMAIL_CLICK: 1.5,
  WEBSITE_VISIT: 2,
  PROPERTY_VIEW: 2,
  FORM_SUBMIT: 0.5,
  BROCHURE_DOWNLOAD: 0.5,
  CALL: 1.5,
  MEETING: 0.5,
  SITE_VISIT: 0.3,
  CALLBACK_REQUEST: 0.3,
};

const SOURCES: readonly [string, number][] = [
  ["Website", 0.35],
  ["Portal", 0.295],
  ["Referral", 0.2],
  ["Walk-in", 0.1],
  ["Social", 0.05],
  ["Billboard", 0.005],
];
const PROPERTY_TYPES: readonly [string, number][] = [
  ["apartment", 0.4],
  ["house", 0.35],
  ["condo", 0.2],
  ["land", 0.04],
  ["castle", 0.01],
];

export interface SyntheticLead {
  facts: LeadFacts;
  /** The probability the outcome was drawn with (closed leads). */
  trueProbability: number;
}

/** The true log-odds of a lead with these drivers for a rep with this pattern. */
export function trueLogit(pattern: RepPattern, drivers: TruthDrivers): number {
  let z = TEAM_INTERCEPT;
  const extra = PATTERN_COEFFICIENTS[pattern];
  for (const key of Object.keys(TEAM) as (keyof TruthDrivers)[]) {
    const centered = drivers[key] - CENTER[key];
    z += (TEAM[key] + (extra[key] ?? 0)) * centered;
  }
  return z;
}

/** Draws one closed lead for a rep (activities up to a silent gap before the close). */
export function syntheticLead(rng: Rng, id: string, pattern: RepPattern, now: Date): SyntheticLead {
  const createdAt = new Date(now.getTime() - (20 + rng() * 380) * DAY_MS);
  const duration = Math.min(3 + -Math.log(Math.max(rng(), 1e-12)) * 30, (now.getTime() - createdAt.getTime()) / DAY_MS - 1);
  const closedAt = new Date(createdAt.getTime() + duration * DAY_MS);
  const gap = Math.min(duration, -Math.log(Math.max(rng(), 1e-12)) * 8);
  const interest = normal(rng);
  const activities: LeadFacts["activities"] = [];
  const window = Math.max(0, duration - gap);
  const count: Record<string, number> = {};
  for (const type of ACTIVITY_TYPES) {
    const k = poisson(rng, INTENSITY[type] * Math.exp(0.4 * interest + 0.6 * normal(rng) - 0.25));
    count[type] = k;
    for (let i = 0; i < k; i++) activities.push({ type, occurredAt: new Date(createdAt.getTime() + rng() * window * DAY_MS) });
  }
  // The last activity sits right at the start of the silent gap, so recency is known exactly.
  if (activities.length > 0) activities[activities.length - 1].occurredAt = new Date(createdAt.getTime() + window * DAY_MS);
  activities.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const firstCall = activities.find((a) => a.type === "CALL");
  const source = pick(rng, SOURCES);
  const hasBudget = rng() > 0.15;
  const budgetZ = normal(rng);
  const attributes: LeadFacts["attributes"] = { propertyType: pick(rng, PROPERTY_TYPES), firstTimeBuyer: rng() < 0.3 };
  if (hasBudget) attributes.budget = Math.round(400_000 * Math.exp(0.5 * budgetZ));
  const drivers: TruthDrivers = {
    propertyViews: Math.log1p(count.PROPERTY_VIEW),
    email: Math.log1p(count.EMAIL_OPEN + 2 * count.EMAIL_CLICK),
    recency: activities.length > 0 ? Math.exp(-gap / 7) : 0,
    fastFirstCall: firstCall && firstCall.occurredAt.getTime() - createdAt.getTime() <= 2 * DAY_MS ? 1 : 0,
    highIntent: Math.log1p(count.MEETING + count.SITE_VISIT + count.CALLBACK_REQUEST),
    funnel: Math.log1p(duration),
    referral: source === "Referral" ? 1 : 0,
    budget: hasBudget ? budgetZ : 0,
  };
  const p = sigmoid(trueLogit(pattern, drivers));
  const outcome = rng() < p ? "WON" : "LOST";
  return { facts: { leadId: id, createdAt, closedAt, outcome, source, attributes, activities }, trueProbability: p };
}

export interface SyntheticRep {
  repId: string;
  pattern: RepPattern;
  /** Closed leads to train on. */
  train: SyntheticLead[];
  /** Held-out closed leads from the same distribution. */
  test: SyntheticLead[];
}

export interface SyntheticOrgOptions {
  seed: number;
  now: Date;
  /** Reps to create: pattern and number of closed training leads. */
  reps: { pattern: RepPattern; trainSize: number }[];
  testSize?: number;
}

/** The benchmark's default roster: each pattern at 5, 20, 50, 200 and 500 leads, plus three 300-lead team reps. */
export function defaultRoster(): SyntheticOrgOptions["reps"] {
  const patterns: RepPattern[] = ["propertyViews", "email", "speed", "team"];
  const sizes = [5, 20, 50, 200, 500];
  const reps = patterns.flatMap((pattern) => sizes.map((trainSize) => ({ pattern, trainSize })));
  for (let i = 0; i < 3; i++) reps.push({ pattern: "team", trainSize: 300 });
  return reps;
}

/** Generates the reps' training and test leads; the same seed always gives the same org. */
export function generateSyntheticOrg(options: SyntheticOrgOptions): SyntheticRep[] {
  const rng = mulberry32(options.seed);
  const testSize = options.testSize ?? 1000;
  return options.reps.map((r, i) => {
    const repId = `rep-${i + 1}-${r.pattern}-${r.trainSize}`;
    const draw = (prefix: string, k: number) => Array.from({ length: k }, (_, j) => syntheticLead(rng, `${repId}-${prefix}-${j}`, r.pattern, options.now));
    return { repId, pattern: r.pattern, train: draw("train", r.trainSize), test: draw("test", testSize) };
  });
}
