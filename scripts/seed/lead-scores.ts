/** The lead_scores rows of the demo data, by the scoring subgraph's own engagement formula. */
import { engagementScore } from "@revgraph/scoring/model";
import type { ActivityRow, LeadRow, LeadScoreRow } from "./rows";

/** A lead_scores row; `activities` must be the lead's activities sorted by time. */
export function leadScoreRow(lead: LeadRow, activities: readonly ActivityRow[], now: Date): LeadScoreRow {
  return {
    organizationId: lead.organizationId,
    leadId: lead.id,
    score: engagementScore([...activities], now),
    activityCount: activities.length,
    lastActivityAt: activities.length ? activities[activities.length - 1].occurredAt : null,
    scoreUpdatedAt: now,
  };
}
