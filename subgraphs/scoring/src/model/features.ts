// Lead facts and the leakage-free base features (activity counts, engagement, recency, funnel time, speed to first call) computed as of close.

export const ACTIVITY_TYPES = [
  "EMAIL_OPEN",
  "EMAIL_CLICK",
  "WEBSITE_VISIT",
  "PROPERTY_VIEW",
  "FORM_SUBMIT",
  "BROCHURE_DOWNLOAD",
  "CALL",
  "MEETING",
  "SITE_VISIT",
  "CALLBACK_REQUEST",
] as const;

export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export type Outcome = "WON" | "LOST";

export type AttributeValue = string | number | boolean;

/** Everything the model may know about one lead, as plain data. */
export interface LeadFacts {
  leadId: string;
  createdAt: Date;
  /** When the lead was WON or LOST; null while open. */
  closedAt: Date | null;
  outcome: Outcome | null;
  source: string | null;
  attributes: Record<string, AttributeValue>;
  activities: { type: ActivityType; occurredAt: Date }[];
}

/** Per-type weight of one activity in the engagement score (the seed's table). */
export const ACTIVITY_WEIGHTS: Readonly<Record<ActivityType, number>> = {
  EMAIL_OPEN: 2,
  EMAIL_CLICK: 4,
  WEBSITE_VISIT: 3,
  PROPERTY_VIEW: 5,
  FORM_SUBMIT: 8,
  BROCHURE_DOWNLOAD: 6,
  CALL: 7,
  MEETING: 10,
  SITE_VISIT: 12,
  CALLBACK_REQUEST: 10,
};

export const DAY_MS = 86_400_000;
/** Half-life, in days, of an activity's weight in counts and in the engagement score. */
export const HALF_LIFE_DAYS = 30;
/** Time constant, in days, of the recency feature exp(-days/7). */
export const RECENCY_DAYS = 7;

/** Days to the first call at which the speed feature saturates (a later or no call counts as this slow). */
export const FIRST_CALL_CAP_DAYS = 30;

/** Names of the features every lead has, whatever the organization's attributes. */
export const ACTIVITY_FEATURES: readonly string[] = ACTIVITY_TYPES.map((t) => `activity.${t}`);
/** Speed of follow-up: log1p(days from creation to the first CALL, capped), and whether there was none yet. */
export const SPEED_FEATURES: readonly string[] = ["firstCall", "firstCall.missing"];
/** The features the seed's default model is expressed in (the speed features get zero default weight). */
export const DEFAULT_PRIOR_FEATURES: readonly string[] = [...ACTIVITY_FEATURES, "engagement", "recency", "funnelTime"];
export const CORE_FEATURES: readonly string[] = [...DEFAULT_PRIOR_FEATURES, ...SPEED_FEATURES];

/** The instant features are computed at: the close for a closed lead, `now` for an open one. */
export function asOfFor(facts: LeadFacts, now: Date): Date {
  return facts.closedAt ?? now;
}

const DECAY_RATE = Math.LN2 / HALF_LIFE_DAYS;

/** 0.5^(ageDays / 30). */
function decay(ageDays: number): number {
  return Math.exp(-DECAY_RATE * ageDays);
}

/**
 * Engagement score 0-100: round(100 * (1 - exp(-S/50))), S = sum of typeWeight * 0.5^(ageDays/30)
 * over activities at or before `asOf` (later ones are ignored).
 */
export function engagementScore(activities: LeadFacts["activities"], asOf: Date): number {
  const t = asOf.getTime();
  let s = 0;
  for (const a of activities) {
    const age = (t - a.occurredAt.getTime()) / DAY_MS;
    if (age < 0) continue;
    s += (ACTIVITY_WEIGHTS[a.type] ?? 0) * decay(age);
  }
  return Math.round(100 * (1 - Math.exp(-s / 50)));
}

/** Facts summarized as of a date: what the features and the explanations are built from. */
export interface LeadSnapshot {
  asOf: Date;
  /** Undecayed number of activities per type up to asOf. */
  counts: Record<ActivityType, number>;
  /** Time-decayed number of activities per type up to asOf. */
  decayedCounts: Record<ActivityType, number>;
  engagement: number;
  /** Days since the last activity, null when there is none. */
  daysSinceLastActivity: number | null;
  daysInFunnel: number;
  activitiesLast30Days: number;
  /** Days from creation to the first CALL at or before asOf, null when there was none yet. */
  daysToFirstCall: number | null;
}

function zeroCounts(): Record<ActivityType, number> {
  const out = {} as Record<ActivityType, number>;
  for (const t of ACTIVITY_TYPES) out[t] = 0;
  return out;
}

/** Summarizes a lead as of its close (or `now`), ignoring activities after that instant. */
export function snapshotLead(facts: LeadFacts, now: Date): LeadSnapshot {
  const asOf = asOfFor(facts, now);
  const t = asOf.getTime();
  const counts = zeroCounts();
  const decayedCounts = zeroCounts();
  let s = 0;
  let last = -Infinity;
  let recent = 0;
  let firstCall = Infinity;
  for (const a of facts.activities) {
    const at = a.occurredAt.getTime();
    const age = (t - at) / DAY_MS;
    if (age < 0 || counts[a.type] === undefined) continue;
    const d = decay(age);
    counts[a.type] += 1;
    decayedCounts[a.type] += d;
    s += ACTIVITY_WEIGHTS[a.type] * d;
    if (at > last) last = at;
    if (age <= 30) recent += 1;
    if (a.type === "CALL" && at < firstCall) firstCall = at;
  }
  return {
    asOf,
    counts,
    decayedCounts,
    engagement: Math.round(100 * (1 - Math.exp(-s / 50))),
    daysSinceLastActivity: last === -Infinity ? null : (t - last) / DAY_MS,
    daysInFunnel: Math.max(0, (t - facts.createdAt.getTime()) / DAY_MS),
    activitiesLast30Days: recent,
    daysToFirstCall: firstCall === Infinity ? null : Math.max(0, (firstCall - facts.createdAt.getTime()) / DAY_MS),
  };
}

/** The base numeric features of a lead in CORE_FEATURES order (before attribute encoding and standardization). */
export function coreFeatureValues(snapshot: LeadSnapshot): number[] {
  const out = ACTIVITY_TYPES.map((t) => Math.log1p(snapshot.decayedCounts[t]));
  out.push(
    snapshot.engagement,
    snapshot.daysSinceLastActivity === null ? 0 : Math.exp(-snapshot.daysSinceLastActivity / RECENCY_DAYS),
    Math.log1p(snapshot.daysInFunnel),
    Math.log1p(Math.min(snapshot.daysToFirstCall ?? FIRST_CALL_CAP_DAYS, FIRST_CALL_CAP_DAYS)),
    snapshot.daysToFirstCall === null ? 1 : 0,
  );
  return out;
}

/** The base numeric features of a lead by name: `activity.<TYPE>`, `engagement`, `recency`, `funnelTime`, `firstCall`, `firstCall.missing`. */
export function coreFeatures(snapshot: LeadSnapshot): Record<string, number> {
  const values = coreFeatureValues(snapshot);
  return Object.fromEntries(CORE_FEATURES.map((name, i) => [name, values[i]]));
}

export { describeFeature } from "./feature-labels";
