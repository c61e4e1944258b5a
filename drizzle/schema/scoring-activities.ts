import { index, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, scoringSchema } from "./_helpers";

export const activityTypes = [
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
export type ActivityType = (typeof activityTypes)[number];

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
