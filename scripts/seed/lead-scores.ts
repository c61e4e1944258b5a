/** The engagement score of a lead: decayed, weighted activity mapped onto 0-100. */
import { ACTIVITY_WEIGHTS } from "./catalog";
import { DAY_MS, type ActivityRow, type LeadRow, type LeadScoreRow } from "./rows";

/** Half-life of an activity's contribution, in days. */
export const SCORE_HALF_LIFE_DAYS = 30;
/** Saturation constant: S = 50 maps to 63. */
export const SCORE_SATURATION = 50;

/** round(100 * (1 - exp(-S/50))), S = sum of weight * 0.5^(ageDays/30) with ages relative to `now`. */
export function engagementScore(activities: readonly Pick<ActivityRow, "type" | "occurredAt">[], now: Date): number {
  let sum = 0;
  for (const a of activities) {
    const ageDays = Math.max(0, (now.getTime() - a.occurredAt.getTime()) / DAY_MS);
    sum += ACTIVITY_WEIGHTS[a.type] * Math.pow(0.5, ageDays / SCORE_HALF_LIFE_DAYS);
  }
  return Math.round(100 * (1 - Math.exp(-sum / SCORE_SATURATION)));
}

/** A lead_scores row; `activities` must be the lead's activities sorted by time. */
export function leadScoreRow(lead: LeadRow, activities: readonly ActivityRow[], now: Date): LeadScoreRow {
  return {
    organizationId: lead.organizationId,
    leadId: lead.id,
    score: engagementScore(activities, now),
    activityCount: activities.length,
    lastActivityAt: activities.length ? activities[activities.length - 1].occurredAt : null,
    scoreUpdatedAt: now,
  };
}
