// The seed's default conversion model: fixed weights on engagement, recent activity, recency and funnel time.
import { describeFeature } from "./feature-labels";
import { asOfFor, snapshotAt, type LeadFacts } from "./features";
import type { Factor } from "./model-types";

/** The product's default weights (the seed: score 0.4, activity 0.3, recency 0.2, funnel time 0.1). */
export const DEFAULT_WEIGHTS = {
  scoreWeight: 0.4,
  activityWeight: 0.3,
  recencyWeight: 0.2,
  funnelTimeWeight: 0.1,
} as const;

/** Activities in the last 30 days at which the activity component saturates. */
const ACTIVITY_SATURATION = 10;
/** Days in the funnel at which the funnel component reaches zero. */
const FUNNEL_HORIZON_DAYS = 90;

export interface DefaultComponents {
  /** Engagement score / 100. */
  score: number;
  /** min(1, activities in the last 30 days / 10). */
  activity: number;
  /** exp(-days since last activity / 7), 0 without activity. */
  recency: number;
  /** 1 - min(1, days in funnel / 90). */
  funnelTime: number;
  raw: { engagement: number; activitiesLast30Days: number; daysSinceLastActivity: number | null; daysInFunnel: number };
}

export interface DefaultPrediction {
  probability: number;
  factors: Factor[];
}

/** The four inputs of the default model for a lead as known at `at`. */
export function defaultComponents(facts: LeadFacts, at: Date): DefaultComponents {
  const s = snapshotAt(facts, at);
  return {
    score: s.engagement / 100,
    activity: Math.min(1, s.activitiesLast30Days / ACTIVITY_SATURATION),
    recency: s.daysSinceLastActivity === null ? 0 : Math.exp(-s.daysSinceLastActivity / 7),
    funnelTime: 1 - Math.min(1, s.daysInFunnel / FUNNEL_HORIZON_DAYS),
    raw: {
      engagement: s.engagement,
      activitiesLast30Days: s.activitiesLast30Days,
      daysSinceLastActivity: s.daysSinceLastActivity,
      daysInFunnel: s.daysInFunnel,
    },
  };
}

/**
 * probability = 0.4·engagement/100 + 0.3·activity + 0.2·recency + 0.1·funnel, clamped to
 * [0.01, 0.99]; factors sorted by |contribution| (contribution = weight × component value).
 */
export function predictDefaultAt(facts: LeadFacts, at: Date): DefaultPrediction {
  const c = defaultComponents(facts, at);
  const daysSince = c.raw.daysSinceLastActivity;
  const rows: [string, string, number, number, number | null][] = [
    ["engagement", describeFeature("engagement"), c.score, DEFAULT_WEIGHTS.scoreWeight, c.raw.engagement],
    ["activity", "activities in the last 30 days", c.activity, DEFAULT_WEIGHTS.activityWeight, c.raw.activitiesLast30Days],
    ["recency", describeFeature("recency"), c.recency, DEFAULT_WEIGHTS.recencyWeight, daysSince],
    ["funnelTime", describeFeature("funnelTime"), c.funnelTime, DEFAULT_WEIGHTS.funnelTimeWeight, c.raw.daysInFunnel],
  ];
  const factors: Factor[] = rows.map(([name, label, value, weight, rawValue]) => ({
    name,
    label,
    value,
    weight,
    contribution: weight * value,
    rawValue,
  }));
  const sum = factors.reduce((s, f) => s + f.contribution, 0);
  factors.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  return { probability: Math.min(0.99, Math.max(0.01, sum)), factors };
}

/** The default prediction of a lead as of its close (or `now` while open). */
export function predictDefault(facts: LeadFacts, now: Date): DefaultPrediction {
  return predictDefaultAt(facts, asOfFor(facts, now));
}
