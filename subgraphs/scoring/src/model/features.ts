// Lead facts and the leakage-free base features (activity counts, recent activity, recency, funnel time, speed to first call) computed as of an instant.
import { ACTIVITY_TYPES, type ActivityType, type Outcome } from "@revgraph/db/vocabulary";

export { ACTIVITY_TYPES, type ActivityType, type Outcome };

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
/** Half-life, in days, of an activity's weight in the engagement score (the product's displayed score, one feature among many). */
export const HALF_LIFE_DAYS = 30;
/** Windows, in days, of the recent-activity features `recent` and `recent30`. */
export const RECENT_DAYS = 7;
export const MONTH_DAYS = 30;

/** Days to the first call at which the speed feature saturates (a later or no call counts as this slow). */
export const FIRST_CALL_CAP_DAYS = 30;

/** Days from creation that count as a lead's first week (what it did before anyone knew how it would end). */
export const EARLY_DAYS = 7;

/** Names of the features every lead has, whatever the organization's attributes. */
export const ACTIVITY_FEATURES: readonly string[] = ACTIVITY_TYPES.map((t) => `activity.${t}`);
/** log1p(activities of each type in the lead's first EARLY_DAYS, as far as known at the instant). */
export const EARLY_FEATURES: readonly string[] = ACTIVITY_TYPES.map((t) => `early.${t}`);
/** Speed of follow-up: log1p(days from creation to the first CALL, capped), and whether there was none yet. */
export const SPEED_FEATURES: readonly string[] = ["firstCall", "firstCall.missing"];
/**
 * Lower edges (days) of the age bands: `age.<from>` is 1 while the lead's age is in [from, next).
 * Next to log1p(age), they let the fit follow how the chance of a win changes with age (after
 * the usual time to close, an open lead is mostly one that went stale).
 */
export const AGE_BAND_DAYS: readonly number[] = [0, 1, 3, 7, 14, 21, 30, 45, 60, 90, 180];
export const AGE_FEATURES: readonly string[] = AGE_BAND_DAYS.map((d) => `age.${d}`);
/**
 * The features the seed's default model is expressed in (the speed features get zero default weight).
 * No decay is assumed: raw (log) counts per type, activities in the last 7 and 30 days, and days
 * since the last one sit side by side, so the fit learns how much recent activity outweighs old. (The
 * engagement score, with its assumed 30-day half-life, is the product's displayed score and an
 * input of the default model, not a learned feature.)
 */
export const DEFAULT_PRIOR_FEATURES: readonly string[] = [...ACTIVITY_FEATURES, "recent", "recent30", "recency", "recency.none", "funnelTime"];
export const CORE_FEATURES: readonly string[] = [...DEFAULT_PRIOR_FEATURES, ...EARLY_FEATURES, ...SPEED_FEATURES, ...AGE_FEATURES];
/** Core features that are 0/1 indicators: left unstandardized by the encoder. */
export const CORE_INDICATORS: ReadonlySet<string> = new Set(["recency.none", "firstCall.missing", ...AGE_FEATURES]);

/** A lead as known at one instant: what a training row, a backtest row and a live prediction are computed from. */
export interface LeadAt {
  facts: LeadFacts;
  at: Date;
}

/** The instant a displayed prediction is computed at: the close for a closed lead, `now` for an open one. */
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

/** Facts summarized as of an instant: what the features and the explanations are built from. */
export interface LeadSnapshot {
  asOf: Date;
  /** Number of activities per type up to asOf. */
  counts: Record<ActivityType, number>;
  /** Number of activities per type in the lead's first EARLY_DAYS (up to asOf). */
  earlyCounts: Record<ActivityType, number>;
  engagement: number;
  /** Days since the last activity, null when there is none. */
  daysSinceLastActivity: number | null;
  daysInFunnel: number;
  activitiesLast30Days: number;
  /** Activities in the last RECENT_DAYS days. */
  recentActivities: number;
  /** Days from creation to the first CALL at or before asOf, null when there was none yet. */
  daysToFirstCall: number | null;
}

function zeroCounts(): Record<ActivityType, number> {
  const out = {} as Record<ActivityType, number>;
  for (const t of ACTIVITY_TYPES) out[t] = 0;
  return out;
}

/** Summarizes a lead as known at `at`, ignoring activities after that instant (whatever happened to it later). */
export function snapshotAt(facts: LeadFacts, at: Date): LeadSnapshot {
  const t = at.getTime();
  const counts = zeroCounts();
  const earlyCounts = zeroCounts();
  const earlyEnd = facts.createdAt.getTime() + EARLY_DAYS * DAY_MS;
  let s = 0;
  let last = -Infinity;
  let month = 0;
  let recent = 0;
  let firstCall = Infinity;
  for (const a of facts.activities) {
    const occurred = a.occurredAt.getTime();
    const age = (t - occurred) / DAY_MS;
    if (age < 0 || counts[a.type] === undefined) continue;
    counts[a.type] += 1;
    if (occurred < earlyEnd) earlyCounts[a.type] += 1;
    s += ACTIVITY_WEIGHTS[a.type] * decay(age);
    if (occurred > last) last = occurred;
    if (age <= MONTH_DAYS) month += 1;
    if (age <= RECENT_DAYS) recent += 1;
    if (a.type === "CALL" && occurred < firstCall) firstCall = occurred;
  }
  return {
    asOf: at,
    counts,
    earlyCounts,
    engagement: Math.round(100 * (1 - Math.exp(-s / 50))),
    daysSinceLastActivity: last === -Infinity ? null : (t - last) / DAY_MS,
    daysInFunnel: Math.max(0, (t - facts.createdAt.getTime()) / DAY_MS),
    activitiesLast30Days: month,
    recentActivities: recent,
    daysToFirstCall: firstCall === Infinity ? null : Math.max(0, (firstCall - facts.createdAt.getTime()) / DAY_MS),
  };
}

/** Summarizes a lead as of its close (or `now` while open): what a displayed prediction uses. */
export function snapshotLead(facts: LeadFacts, now: Date): LeadSnapshot {
  return snapshotAt(facts, asOfFor(facts, now));
}

/** The base numeric features of a lead in CORE_FEATURES order (before attribute encoding and standardization). */
export function coreFeatureValues(snapshot: LeadSnapshot): number[] {
  const out = ACTIVITY_TYPES.map((t) => Math.log1p(snapshot.counts[t]));
  const gap = snapshot.daysSinceLastActivity;
  out.push(
    Math.log1p(snapshot.recentActivities),
    Math.log1p(snapshot.activitiesLast30Days),
    gap === null ? 0 : Math.log1p(gap),
    gap === null ? 1 : 0,
    Math.log1p(snapshot.daysInFunnel),
    ...ACTIVITY_TYPES.map((t) => Math.log1p(snapshot.earlyCounts[t])),
    Math.log1p(Math.min(snapshot.daysToFirstCall ?? FIRST_CALL_CAP_DAYS, FIRST_CALL_CAP_DAYS)),
    snapshot.daysToFirstCall === null ? 1 : 0,
  );
  const band = ageBand(snapshot.daysInFunnel);
  AGE_BAND_DAYS.forEach((_, k) => out.push(k === band ? 1 : 0));
  return out;
}

/** Index of the age band (AGE_BAND_DAYS) an age falls in. */
export function ageBand(days: number): number {
  let k = 0;
  while (k + 1 < AGE_BAND_DAYS.length && days >= AGE_BAND_DAYS[k + 1]) k += 1;
  return k;
}

/** The base numeric features of a lead by name (CORE_FEATURES). */
export function coreFeatures(snapshot: LeadSnapshot): Record<string, number> {
  const values = coreFeatureValues(snapshot);
  return Object.fromEntries(CORE_FEATURES.map((name, i) => [name, values[i]]));
}

export { describeFeature } from "./feature-labels";
