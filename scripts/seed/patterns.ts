/** Each rep pattern's logistic model: what raises the odds of a win, before the per-rep intercept. */
import type { ActivityType } from "@revgraph/db/schema";
import type { RepPattern } from "./catalog";

export interface LeadFeatures {
  /** Activities of each type before the lead closed (or until now). */
  counts: Record<ActivityType, number>;
  /** A CALL within 24 hours of the lead's creation. */
  fastCall: boolean;
}

type Coefficients = Partial<Record<ActivityType | "fastCall", number>>;

/** Coefficients per pattern; the intercept is set per rep to hit its win rate. */
export const PATTERN_COEFFICIENTS: Record<RepPattern, Coefficients> = {
  "property-views": { PROPERTY_VIEW: 0.75, WEBSITE_VISIT: 0.05 },
  "email-engagement": { EMAIL_OPEN: 0.45, EMAIL_CLICK: 0.8 },
  "fast-follow-up": { fastCall: 3.2, CALL: 0.1 },
  team: {
    PROPERTY_VIEW: 0.2,
    EMAIL_OPEN: 0.08,
    EMAIL_CLICK: 0.2,
    WEBSITE_VISIT: 0.05,
    FORM_SUBMIT: 0.5,
    BROCHURE_DOWNLOAD: 0.3,
    CALL: 0.25,
    MEETING: 0.7,
    SITE_VISIT: 0.9,
    CALLBACK_REQUEST: 0.5,
    fastCall: 0.8,
  },
};

/** The linear part of the rep's logistic model for one lead (without intercept). */
export function repLogit(pattern: RepPattern, features: LeadFeatures): number {
  let sum = 0;
  for (const [name, coefficient] of Object.entries(PATTERN_COEFFICIENTS[pattern])) {
    const value = name === "fastCall" ? Number(features.fastCall) : features.counts[name as ActivityType];
    sum += (coefficient ?? 0) * value;
  }
  return sum;
}
