/**
 * The behavioural features personas are learned from, per customer profile: how often they come
 * back, how much they look, what they ask for, how they feel, how recently they were active.
 * Counts enter as log(1 + count) so a few very active customers do not make their own clusters.
 * No outcome (won, lost, revenue) is a feature: ROI is reported per persona, never learned from. Pure.
 */
import { averageSentiment, distinctViewedCount } from "../profile/profile-scoring";

export interface PersonaFeatureInput {
  totalSessions: number;
  viewedItems: readonly { itemId: string; viewCount: number }[];
  interests: readonly unknown[];
  objections: readonly { count: number }[];
  sentimentHistory: readonly { score: number }[];
  siteVisitsScheduled: number;
  callbacksRequested: number;
  brochuresDownloaded: number;
  lastActiveAt: Date | null;
}

export interface PersonaFeature {
  name: string;
  /** How a trait reads when members are above / below the organization's average. */
  high: string;
  low: string;
  /** The value in its own units (for descriptions). */
  raw: (p: PersonaFeatureInput, now: Date) => number;
  /** Whether the model sees log(1 + raw). */
  log: boolean;
  unit: string;
}

const DAY_MS = 86_400_000;

export const PERSONA_FEATURES: readonly PersonaFeature[] = [
  { name: "sessions", high: "frequent visitors", low: "rare visitors", raw: (p) => p.totalSessions, log: true, unit: "sessions" },
  { name: "itemsViewed", high: "broad browsers", low: "narrow browsers", raw: (p) => distinctViewedCount(p.viewedItems), log: true, unit: "items viewed" },
  {
    name: "repeatViews",
    high: "repeat viewers",
    low: "one-look viewers",
    raw: (p) => p.viewedItems.reduce((sum, v) => sum + Math.max(0, v.viewCount - 1), 0),
    log: true,
    unit: "repeat views",
  },
  { name: "interests", high: "many shortlisted items", low: "nothing shortlisted", raw: (p) => p.interests.length, log: true, unit: "interests" },
  { name: "siteVisits", high: "site visitors", low: "no site visits", raw: (p) => p.siteVisitsScheduled, log: true, unit: "site visits" },
  { name: "callbacks", high: "callback seekers", low: "no callbacks", raw: (p) => p.callbacksRequested, log: true, unit: "callbacks" },
  { name: "brochures", high: "brochure readers", low: "no brochures", raw: (p) => p.brochuresDownloaded, log: true, unit: "brochures" },
  { name: "objections", high: "objection raisers", low: "few objections", raw: (p) => p.objections.reduce((sum, o) => sum + o.count, 0), log: true, unit: "objections" },
  { name: "sentiment", high: "positive", low: "negative", raw: (p) => averageSentiment(p.sentimentHistory) ?? 0, log: false, unit: "average sentiment" },
  {
    name: "daysSinceActive",
    high: "gone quiet",
    low: "recently active",
    raw: (p, now) => (p.lastActiveAt ? Math.max(0, now.getTime() - p.lastActiveAt.getTime()) / DAY_MS : 365),
    log: true,
    unit: "days since last active",
  },
];

export function rawFeatures(profile: PersonaFeatureInput, now: Date): number[] {
  return PERSONA_FEATURES.map((f) => f.raw(profile, now));
}

/** What the model sees: log(1 + x) for counts, the value itself otherwise. */
export function modelFeatures(raw: readonly number[]): number[] {
  return raw.map((x, j) => (PERSONA_FEATURES[j].log ? Math.log1p(Math.max(0, x)) : x));
}
