import { index, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, scoringSchema } from "./_helpers";
import { ACTIVITY_TYPES, type ActivityType } from "./vocabulary";

export const activityTypes = ACTIVITY_TYPES;
export type { ActivityType };

/** Things that happened on a lead: the raw material of its engagement score and its prediction. */
export const activities = scoringSchema.table(
  "activities",
  {
    id: id(),
    organizationId: organizationId(),
    leadId: uuid().notNull(),
    type: text().$type<ActivityType>().notNull(),
    occurredAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull(),
    recordedBy: text(),
    createdAt: createdAt(),
  },
  (t) => [index("activities_org_lead_time_idx").on(t.organizationId, t.leadId, t.occurredAt)],
);
