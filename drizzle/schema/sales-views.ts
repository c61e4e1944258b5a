/**
 * What other subgraphs may read of the sales subgraph's data: one read-only view per consumer, in
 * the owner's schema, holding only the columns that consumer needs. The sales subgraph can change
 * its tables freely as long as these keep their shape; on PostgreSQL each consumer's role is
 * granted SELECT on its views and nothing else of `sales` (see the read-view grants migration).
 * The SQL is written out because drizzle-kit ignores the snake_case setting in generated views.
 */
import { sql } from "drizzle-orm";
import { doublePrecision, integer, jsonb, numeric, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { salesSchema } from "./_helpers";
import type { ItemAttributes } from "./sales-commerce";
import type { LeadAttributes, LeadStatus } from "./sales-leads";
import type { OfferApproverRole, OfferOutcome, Outcome } from "./vocabulary";

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

/** Customer success: whether a lead exists in an organization (Lead.account answers only the caller's own leads). */
export const leadsForCustomerSuccess = salesSchema
  .view("leads_for_customer_success", { id: uuid().notNull(), organizationId: text().notNull() })
  .as(sql`select id, organization_id from sales.leads`);

/**
 * Personalization: whether a lead exists in an organization, and what segments, personas' ROI,
 * purchase timing and recovery attempts' CONVERTED outcomes need: status, source, custom
 * attributes, when it was created and closed.
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

/** Personalization: the catalog its recommenders, bundles and suggested offers rank (no timestamps). */
export const itemsForPersonalization = salesSchema
  .view("items_for_personalization", {
    id: uuid().notNull(),
    organizationId: text().notNull(),
    externalId: text().notNull(),
    name: text().notNull(),
    category: text(),
    listPrice: doublePrecision().notNull(),
    stock: integer(),
    attributes: jsonb().$type<ItemAttributes>().notNull(),
  })
  .as(sql`select id, organization_id, external_id, name, category, list_price, stock, attributes from sales.items`);

/** Personalization: who bought when and for how much (lifetime value, segments, revenue to date, recovery attempts' PURCHASED outcomes). */
export const purchasesForPersonalization = salesSchema
  .view("purchases_for_personalization", {
    id: uuid().notNull(),
    organizationId: text().notNull(),
    leadId: uuid().notNull(),
    accountId: uuid(),
    occurredAt: instant().notNull(),
    total: doublePrecision().notNull(),
  })
  .as(sql`select id, organization_id, lead_id, account_id, occurred_at, total from sales.purchases`);

/** Personalization: each purchase line with its purchase's buyer and time (co-occurrence, bundles, cross-sell). */
export const purchaseLinesForPersonalization = salesSchema
  .view("purchase_lines_for_personalization", {
    purchaseId: uuid().notNull(),
    organizationId: text().notNull(),
    leadId: uuid().notNull(),
    accountId: uuid(),
    occurredAt: instant().notNull(),
    itemId: uuid().notNull(),
    quantity: integer().notNull(),
    unitPrice: doublePrecision().notNull(),
  })
  .as(
    sql`select p.id as purchase_id, p.organization_id, p.lead_id, p.account_id, p.occurred_at, l.item_id, l.quantity, l.unit_price from sales.purchases p join sales.purchase_lines l on l.purchase_id = p.id and l.organization_id = p.organization_id`,
  );

/** Personalization: offers made and how they ended (the price-response model). */
export const offersForPersonalization = salesSchema
  .view("offers_for_personalization", {
    id: uuid().notNull(),
    organizationId: text().notNull(),
    leadId: uuid().notNull(),
    itemId: uuid().notNull(),
    discount: doublePrecision().notNull(),
    madeAt: instant().notNull(),
    outcome: text().$type<OfferOutcome>(),
  })
  .as(sql`select id, organization_id, lead_id, item_id, discount, made_at, outcome from sales.offers`);

/** Personalization: the organization's offer policy, which its suggested offers and bundle prices keep (no row: the default applies). */
export const offerPoliciesForPersonalization = salesSchema
  .view("offer_policies_for_personalization", {
    organizationId: text().notNull(),
    maxDiscount: doublePrecision().notNull(),
    marginFloor: doublePrecision().notNull(),
    costShare: doublePrecision().notNull(),
    approverRole: text().$type<OfferApproverRole>().notNull(),
    updatedAt: instant().notNull(),
  })
  .as(sql`select organization_id, max_discount, margin_floor, cost_share, approver_role, updated_at from sales.offer_policies`);
