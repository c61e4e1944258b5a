import { index, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id, organizationId, salesSchema } from "./_helpers";
import type { LeadStatus } from "./vocabulary";

/**
 * Every status a lead has had, for the funnel: written by a trigger on sales.leads (insert, and
 * every status change), so imports, edits, conversions and demo data all leave the same trail.
 * `fromStatus` is null for a lead's first status.
 */
export const leadStatusChanges = salesSchema.table(
  "lead_status_changes",
  {
    id: id(),
    organizationId: organizationId(),
    leadId: uuid().notNull(),
    fromStatus: text().$type<LeadStatus>(),
    toStatus: text().$type<LeadStatus>().notNull(),
    changedAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull(),
  },
  (t) => [index("lead_status_changes_org_lead_idx").on(t.organizationId, t.leadId)],
);
