import { sql } from "drizzle-orm";
import { check, doublePrecision, index, integer, jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, salesSchema, updatedAt } from "./_helpers";
import type { OfferApproverRole, OfferOutcome } from "./vocabulary";

export type ItemAttributes = Record<string, string | number | boolean>;

const at = () => timestamp({ withTimezone: true, mode: "date", precision: 3 });

/**
 * The commerce facts, owned by the sales subgraph: the catalog, purchases, offers and the offer
 * policy that bounds them. Personalization reads them only through its views (sales-views.ts).
 */

/**
 * An organization's catalog: the products, properties or plans its leads view and buy.
 * `externalId` is the organization's own id (SKU); customer profiles name items by it.
 */
export const items = salesSchema.table(
  "items",
  {
    id: id(),
    organizationId: organizationId(),
    externalId: text().notNull(),
    name: text().notNull(),
    category: text(),
    listPrice: doublePrecision().notNull(),
    /** Units in stock; null when stock is not tracked (e.g. a plan). */
    stock: integer(),
    attributes: jsonb().$type<ItemAttributes>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("items_org_external_id_idx").on(t.organizationId, t.externalId),
    index("items_org_name_idx").on(t.organizationId, t.name, t.id),
    check("items_list_price_check", sql`${t.listPrice} >= 0`),
    check("items_stock_check", sql`${t.stock} is null or ${t.stock} >= 0`),
  ],
);

/** A purchase (order) by the customer behind a lead, recorded once per external id. */
export const purchases = salesSchema.table(
  "purchases",
  {
    id: id(),
    organizationId: organizationId(),
    externalId: text().notNull(),
    leadId: uuid().notNull(),
    accountId: uuid(),
    occurredAt: at().notNull(),
    /** Sum of the lines' quantity × unit price. */
    total: doublePrecision().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("purchases_org_external_id_idx").on(t.organizationId, t.externalId), index("purchases_org_lead_idx").on(t.organizationId, t.leadId, t.occurredAt)],
);

/** The items of a purchase, in input order. */
export const purchaseLines = salesSchema.table(
  "purchase_lines",
  {
    id: id(),
    organizationId: organizationId(),
    purchaseId: uuid()
      .notNull()
      .references(() => purchases.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    itemId: uuid()
      .notNull()
      .references(() => items.id),
    quantity: integer().notNull(),
    unitPrice: doublePrecision().notNull(),
  },
  (t) => [
    uniqueIndex("purchase_lines_purchase_position_idx").on(t.purchaseId, t.position),
    index("purchase_lines_org_item_idx").on(t.organizationId, t.itemId),
    check("purchase_lines_quantity_check", sql`${t.quantity} > 0`),
    check("purchase_lines_unit_price_check", sql`${t.unitPrice} >= 0`),
  ],
);

/** A discount offered to a lead on an item, and how it ended (null while open). */
export const offers = salesSchema.table(
  "offers",
  {
    id: id(),
    organizationId: organizationId(),
    leadId: uuid().notNull(),
    itemId: uuid()
      .notNull()
      .references(() => items.id),
    /** Fraction off the list price, 0-1. */
    discount: doublePrecision().notNull(),
    madeAt: at().notNull(),
    outcome: text().$type<OfferOutcome>(),
    outcomeAt: at(),
    madeBy: text().notNull(),
    /** The user who approved a discount above the policy's maximum (the caller, whose role may); null within the maximum. */
    approvedBy: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index("offers_org_lead_idx").on(t.organizationId, t.leadId, t.madeAt),
    index("offers_org_item_idx").on(t.organizationId, t.itemId),
    check("offers_discount_check", sql`${t.discount} >= 0 and ${t.discount} <= 1`),
  ],
);

/**
 * The organization's offer policy (one row at most; an organization without one uses
 * DEFAULT_OFFER_POLICY): the largest discount an offer may carry without approval, the margin that
 * must always remain, and who may approve offers above the maximum. Margins are shares of the list price.
 */
export const offerPolicies = salesSchema.table(
  "offer_policies",
  {
    organizationId: text().primaryKey(),
    /** Largest discount without approval, a fraction of the list price (0-1). */
    maxDiscount: doublePrecision().notNull(),
    /** Margin that must remain after the discount, as a share of the list price (0-1). */
    marginFloor: doublePrecision().notNull(),
    /** The items' unit cost as a share of the list price (0 when margins are counted on revenue). */
    costShare: doublePrecision().notNull(),
    approverRole: text().$type<OfferApproverRole>().notNull(),
    updatedBy: text().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("offer_policies_max_discount_check", sql`${t.maxDiscount} >= 0 and ${t.maxDiscount} <= 1`),
    check("offer_policies_margin_floor_check", sql`${t.marginFloor} >= 0 and ${t.marginFloor} <= 1`),
    check("offer_policies_cost_share_check", sql`${t.costShare} >= 0 and ${t.costShare} + ${t.marginFloor} <= 1`),
    check("offer_policies_approver_role_check", sql`${t.approverRole} in ('manager', 'admin')`),
  ],
);
