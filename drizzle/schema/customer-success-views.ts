/**
 * What other subgraphs may read of the customer-success subgraph's data: one read-only view per
 * consumer, in the owner's schema (see sales-views.ts for the pattern and the grants).
 */
import { sql } from "drizzle-orm";
import { text, uuid } from "drizzle-orm/pg-core";
import { customerSuccessSchema } from "./_helpers";

/** Personalization: whether an account exists in an organization (purchases may name one). */
export const accountsForPersonalization = customerSuccessSchema
  .view("accounts_for_personalization", { id: uuid().notNull(), organizationId: text().notNull() })
  .as(sql`select id, organization_id from customer_success.accounts`);

/** Sales: whether an account exists in an organization (a purchase may name the account it was bought for). */
export const accountsForSales = customerSuccessSchema
  .view("accounts_for_sales", { id: uuid().notNull(), organizationId: text().notNull() })
  .as(sql`select id, organization_id from customer_success.accounts`);
