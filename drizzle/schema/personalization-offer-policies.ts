import { sql } from "drizzle-orm";
import { check, doublePrecision, text } from "drizzle-orm/pg-core";
import { personalizationSchema, updatedAt } from "./_helpers";
import type { OfferApproverRole } from "./vocabulary";

/**
 * The organization's offer policy (one row at most; an organization without one uses the documented
 * default): the largest discount a suggestion may carry, the margin that must remain, and who may
 * approve offers above the maximum. Margins are shares of the list price.
 */
export const offerPolicies = personalizationSchema.table(
  "offer_policies",
  {
    organizationId: text().primaryKey(),
    /** Largest discount, a fraction of the list price (0-1). */
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
