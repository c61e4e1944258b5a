import { doublePrecision, integer, jsonb, text, timestamp } from "drizzle-orm/pg-core";
import { personalizationSchema } from "./_helpers";

/** BG/NBD (r, alpha, a, b) and Gamma-Gamma (p, q, gamma) parameters, time in weeks. */
export interface LifetimeValueParameters {
  r: number;
  alpha: number;
  a: number;
  b: number;
  p: number;
  q: number;
  gamma: number;
}

/**
 * The organization's fitted lifetime-value model: one row per organization, refitted when its
 * purchases change or the fit is a day old.
 */
export const lifetimeValueModels = personalizationSchema.table("lifetime_value_models", {
  organizationId: text().primaryKey(),
  parameters: jsonb().$type<LifetimeValueParameters>().notNull(),
  /** Customers (leads with a purchase) and purchases the fit saw. */
  customers: integer().notNull(),
  purchases: integer().notNull(),
  logLikelihood: doublePrecision().notNull(),
  fittedAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull(),
});
