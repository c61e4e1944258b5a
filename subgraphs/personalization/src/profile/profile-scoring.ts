/**
 * Seed 001's lead-scoring formulas over a profile's own data: engagement (0-10), intent to buy
 * (0-10) and the hot/warm/cold temperature of their sum. Pure: no database, no clock.
 *
 * The `profiles(temperature:)` filter repeats these formulas in SQL (profile.sql.ts);
 * the integration tests check that both agree at the 10 and 15 boundaries.
 */
export type TemperatureValue = "HOT" | "WARM" | "COLD";

/** Engagement + intent at or above this is HOT (immediate follow-up). */
export const HOT_THRESHOLD = 15;
/** Engagement + intent at or above this (and below HOT) is WARM (follow-up within 24h). */
export const WARM_THRESHOLD = 10;
/** Tolerance for floating-point noise when a total lands exactly on a threshold (e.g. 22/3 + 23/3). */
export const THRESHOLD_EPSILON = 1e-9;

export interface ScoringInput {
  totalSessions: number;
  viewedItems: readonly { itemId: string }[];
  interests: readonly unknown[];
  sentimentHistory: readonly { score: number }[];
  siteVisitsScheduled: number;
  callbacksRequested: number;
}

export interface ProfileScores {
  engagementScore: number;
  intentScore: number;
  temperature: TemperatureValue;
  /** Average sentiment, or null when none was recorded. */
  sentiment: number | null;
}

/** Mean of the recorded sentiment scores (-1..1), null when there are none. */
export function averageSentiment(history: readonly { score: number }[]): number | null {
  if (history.length === 0) return null;
  return history.reduce((sum, point) => sum + point.score, 0) / history.length;
}

/** "properties_viewed": how many distinct items the customer has viewed. */
export function distinctViewedCount(viewed: readonly { itemId: string }[]): number {
  return new Set(viewed.map((item) => item.itemId)).size;
}

/** What the scores are computed from: a profile's counts (see `countsOf`; a summary read brings them from SQL). */
export interface ScoringCounts {
  totalSessions: number;
  /** Distinct items viewed. */
  viewedItems: number;
  interests: number;
  /** Average sentiment, or null when none was recorded. */
  sentiment: number | null;
  siteVisitsScheduled: number;
  callbacksRequested: number;
}

export function countsOf(p: ScoringInput): ScoringCounts {
  return {
    totalSessions: p.totalSessions,
    viewedItems: distinctViewedCount(p.viewedItems),
    interests: p.interests.length,
    sentiment: averageSentiment(p.sentimentHistory),
    siteVisitsScheduled: p.siteVisitsScheduled,
    callbacksRequested: p.callbacksRequested,
  };
}

/**
 * Engagement (0-10): returning visits (≤3), exploration (≤3), marked interests (≤2) and
 * sentiment (≤2; no sentiment recorded counts as neutral, i.e. 1).
 */
export function engagementScore(p: ScoringInput): number {
  return engagementOf(countsOf(p));
}

function engagementOf(c: ScoringCounts): number {
  return Math.min(3, c.totalSessions / 2) + Math.min(3, c.viewedItems / 5) + Math.min(2, c.interests) + Math.min(2, Math.max(0, (c.sentiment ?? 0) + 1));
}

/** Intent to buy (0-10): strong interests (≤3), a scheduled site visit (3), a callback (2), persistence (≤2). */
export function intentScore(p: ScoringInput): number {
  return intentOf(countsOf(p));
}

function intentOf(c: ScoringCounts): number {
  return Math.min(3, c.interests * 1.5) + (c.siteVisitsScheduled > 0 ? 3 : 0) + (c.callbacksRequested > 0 ? 2 : 0) + Math.min(2, c.totalSessions / 3);
}

/** HOT at 15 or more, WARM from 10 up to 15, COLD below 10. */
export function temperatureOf(total: number): TemperatureValue {
  if (total >= HOT_THRESHOLD - THRESHOLD_EPSILON) return "HOT";
  if (total >= WARM_THRESHOLD - THRESHOLD_EPSILON) return "WARM";
  return "COLD";
}

export function scoreProfile(p: ScoringInput): ProfileScores {
  return scoreCounts(countsOf(p));
}

export function scoreCounts(c: ScoringCounts): ProfileScores {
  const engagement = engagementOf(c);
  const intent = intentOf(c);
  return {
    engagementScore: engagement,
    intentScore: intent,
    temperature: temperatureOf(engagement + intent),
    sentiment: c.sentiment,
  };
}
