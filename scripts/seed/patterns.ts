/** Each rep pattern's logistic model over a lead's first week: what raises the odds of a win, before the per-rep intercept. */
import type { ActivityType } from "@revgraph/db/schema";
import type { RepPattern } from "./catalog";

/** Whether a lead will be won is settled by what happened in this many days after its creation. */
export const EARLY_WINDOW_DAYS = 7;
/** "Fast" follow-up: a CALL within this many days of the lead's creation. */
export const FAST_CALL_DAYS = 1;

export interface LeadFeatures {
  /** Activities of each type in the lead's first EARLY_WINDOW_DAYS days. */
  counts: Record<ActivityType, number>;
  /** A CALL within FAST_CALL_DAYS of the lead's creation. */
  fastCall: boolean;
}

/** An activity placed by the lead's age (days since creation) when it happens. */
export interface TimedActivity {
  type: ActivityType;
  ageDays: number;
}

type Coefficients = Partial<Record<ActivityType | "fastCall", number>>;

/** Coefficients per pattern (per first-week activity); the intercept is set per rep to hit its win rate. */
export const PATTERN_COEFFICIENTS: Record<RepPattern, Coefficients> = {
  "property-views": { PROPERTY_VIEW: 1.1, WEBSITE_VISIT: 0.08 },
  "email-engagement": { EMAIL_OPEN: 0.7, EMAIL_CLICK: 1.2 },
  "fast-follow-up": { fastCall: 3.2, CALL: 0.1 },
  team: {
    PROPERTY_VIEW: 0.3,
    EMAIL_OPEN: 0.12,
    EMAIL_CLICK: 0.3,
    WEBSITE_VISIT: 0.08,
    FORM_SUBMIT: 0.7,
    BROCHURE_DOWNLOAD: 0.45,
    CALL: 0.35,
    MEETING: 1.0,
    SITE_VISIT: 1.2,
    CALLBACK_REQUEST: 0.7,
    fastCall: 0.8,
  },
};

/** The first-week features of a lead's activities (any order; later ones are ignored). */
export function earlyFeatures(activities: readonly TimedActivity[], activityTypes: readonly ActivityType[]): LeadFeatures {
  const counts = Object.fromEntries(activityTypes.map((t) => [t, 0])) as Record<ActivityType, number>;
  let fastCall = false;
  for (const { type, ageDays } of activities) {
    if (ageDays >= EARLY_WINDOW_DAYS) continue;
    counts[type] += 1;
    if (type === "CALL" && ageDays <= FAST_CALL_DAYS) fastCall = true;
  }
  return { counts, fastCall };
}

/** The linear part of the rep's logistic model for one lead (without intercept). */
export function repLogit(pattern: RepPattern, features: LeadFeatures): number {
  let sum = 0;
  for (const [name, coefficient] of Object.entries(PATTERN_COEFFICIENTS[pattern])) {
    const value = name === "fastCall" ? Number(features.fastCall) : features.counts[name as ActivityType];
    sum += (coefficient ?? 0) * value;
  }
  return sum;
}
