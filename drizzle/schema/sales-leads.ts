import { index, jsonb, numeric, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, salesSchema, updatedAt } from "./_helpers";
import { LEAD_STATUSES, type LeadStatus } from "./vocabulary";

export const leadStatuses = LEAD_STATUSES;
export type { LeadStatus };
export type LeadAttributes = Record<string, string | number | boolean>;

/** Leads: identity, contact, source, status, value, assignee and custom attributes. */
export const leads = salesSchema.table(
  "leads",
  {
    id: id(),
    organizationId: organizationId(),
    externalId: text(),
    name: text().notNull(),
    email: text(),
    company: text(),
    source: text(),
    status: text().$type<LeadStatus>().notNull().default("NEW"),
    value: numeric({ precision: 14, scale: 2, mode: "number" }),
    assignedToId: text(),
    attributes: jsonb().$type<LeadAttributes>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    closedAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
  },
  (t) => [
    uniqueIndex("leads_org_external_id_idx").on(t.organizationId, t.externalId),
    index("leads_org_created_idx").on(t.organizationId, t.createdAt, t.id),
    index("leads_org_assignee_status_idx").on(t.organizationId, t.assignedToId, t.status),
  ],
);
