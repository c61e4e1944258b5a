/**
 * What other subgraphs may read of the sales subgraph's data: one read-only view per consumer, in
 * the owner's schema, holding only the columns that consumer needs. The sales subgraph can change
 * its tables freely as long as these keep their shape; on PostgreSQL each consumer's role is
 * granted SELECT on its views and nothing else of `sales` (see the read-view grants migration).
 * The SQL is written out because drizzle-kit ignores the snake_case setting in generated views.
 */
import { sql } from "drizzle-orm";
import { jsonb, numeric, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { salesSchema } from "./_helpers";
import type { LeadAttributes, LeadStatus } from "./sales-leads";
import type { Outcome } from "./vocabulary";

const instant = () => timestamp({ withTimezone: true, mode: "date", precision: 3 });

/** Scoring: what features and labels are made of, and the deal value for the work list's expected value (no names or emails). */
export const leadsForScoring = salesSchema
  .view("leads_for_scoring", {
    id: uuid().notNull(),
    organizationId: text().notNull(),
    status: text().$type<LeadStatus>().notNull(),
    source: text(),
    value: numeric({ precision: 14, scale: 2, mode: "number" }),
    attributes: jsonb().$type<LeadAttributes>().notNull(),
    assignedToId: text(),
    createdAt: instant().notNull(),
    updatedAt: instant().notNull(),
    closedAt: instant(),
  })
  .as(sql`select id, organization_id, status, source, value, attributes, assigned_to_id, created_at, updated_at, closed_at from sales.leads`);

/** Scoring: when outcomes were recorded, to know whose model is out of date. */
export const conversionsForScoring = salesSchema
  .view("conversions_for_scoring", {
    organizationId: text().notNull(),
    leadId: uuid().notNull(),
    outcome: text().$type<Outcome>().notNull(),
    createdAt: instant().notNull(),
  })
  .as(sql`select organization_id, lead_id, outcome, created_at from sales.conversions`);

/**
 * Personalization: whether a lead exists in an organization, and what segments, personas' ROI and
 * purchase timing need: status, source, custom attributes, when it was created and closed.
 */
export const leadsForPersonalization = salesSchema
  .view("leads_for_personalization", {
    id: uuid().notNull(),
    organizationId: text().notNull(),
    status: text().$type<LeadStatus>().notNull(),
    source: text(),
    attributes: jsonb().$type<LeadAttributes>().notNull(),
    createdAt: instant().notNull(),
    closedAt: instant(),
  })
  .as(sql`select id, organization_id, status, source, attributes, created_at, closed_at from sales.leads`);
