/**
 * The one module through which personalization reads the commerce facts that sales owns: the
 * catalog, purchases and their lines, offers and the offer policy, each through its read-only view
 * in the sales schema (sales.*_for_personalization), always scoped to the caller's organization.
 * Personalization never writes them; recording them is the sales subgraph's job.
 */
import { and, count, desc, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import { isUuid } from "@revgraph/graph";

const {
  itemsForPersonalization: items,
  purchasesForPersonalization: purchases,
  purchaseLinesForPersonalization: lines,
  offersForPersonalization: offers,
  offerPoliciesForPersonalization: policies,
} = schema;

type Executor = Pick<Database, "select">;

export type ItemRow = typeof items.$inferSelect;
export type PurchaseRow = typeof purchases.$inferSelect;
export type OfferPolicyRow = typeof policies.$inferSelect;

/** One (buyer, item) fact for the models: a purchase line with its purchase's lead, account and time. */
export interface PurchaseFact {
  purchaseId: string;
  leadId: string;
  accountId: string | null;
  itemId: string;
  quantity: number;
  unitPrice: number;
  occurredAt: Date;
}

export interface ClosedOffer {
  leadId: string;
  discount: number;
  accepted: boolean;
  madeAt: Date;
}

/** The catalog, read-only. */
export class ItemRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  private owned(): SQL {
    return eq(items.organizationId, this.organizationId);
  }

  /** Ids that are not UUIDs cannot match. */
  findByIds(ids: readonly string[], tx: Executor = this.db): Promise<ItemRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return tx
      .select()
      .from(items)
      .where(and(this.owned(), inArray(items.id, valid)));
  }

  findByExternalIds(externalIds: readonly string[], tx: Executor = this.db): Promise<ItemRow[]> {
    if (externalIds.length === 0) return Promise.resolve([]);
    return tx
      .select()
      .from(items)
      .where(and(this.owned(), inArray(items.externalId, [...externalIds])));
  }

  /** Every item of the organization (the recommenders' candidate set). */
  all(): Promise<ItemRow[]> {
    return this.db.select().from(items).where(this.owned());
  }
}

/** Purchases and their lines, read-only. */
export class PurchaseRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  private owned(): SQL {
    return eq(purchases.organizationId, this.organizationId);
  }

  /** The leads' purchases, newest first. */
  findByLeadIds(leadIds: readonly string[]): Promise<PurchaseRow[]> {
    const valid = leadIds.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(purchases)
      .where(and(this.owned(), inArray(purchases.leadId, valid)))
      .orderBy(desc(purchases.occurredAt), desc(purchases.id));
  }

  /** The accounts' purchases (those recorded with the account's id, whichever lead bought), newest first. */
  findByAccountIds(accountIds: readonly string[]): Promise<PurchaseRow[]> {
    const valid = accountIds.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(purchases)
      .where(and(this.owned(), inArray(purchases.accountId, valid)))
      .orderBy(desc(purchases.occurredAt), desc(purchases.id));
  }

  /** Every purchase line of the organization with its buyer and time: what the models learn from. */
  facts(): Promise<PurchaseFact[]> {
    return this.db
      .select({
        purchaseId: lines.purchaseId,
        leadId: lines.leadId,
        accountId: lines.accountId,
        itemId: lines.itemId,
        quantity: lines.quantity,
        unitPrice: lines.unitPrice,
        occurredAt: lines.occurredAt,
      })
      .from(lines)
      .where(eq(lines.organizationId, this.organizationId));
  }

  /** Every purchase of the organization (lead, time, total): the lifetime-value model's data. */
  totals(): Promise<Pick<PurchaseRow, "leadId" | "occurredAt" | "total">[]> {
    return this.db.select({ leadId: purchases.leadId, occurredAt: purchases.occurredAt, total: purchases.total }).from(purchases).where(this.owned());
  }

  /** How many purchases the organization has recorded (whether a stored model is out of date). */
  async count(): Promise<number> {
    const rows = await this.db.select({ n: count() }).from(purchases).where(this.owned());
    return rows[0]?.n ?? 0;
  }
}

/** Closed offers (the price-response model's data) and the offer policy, read-only. */
export class OfferRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  async closedOffers(): Promise<ClosedOffer[]> {
    const rows = await this.db
      .select({ leadId: offers.leadId, discount: offers.discount, outcome: offers.outcome, madeAt: offers.madeAt })
      .from(offers)
      .where(and(eq(offers.organizationId, this.organizationId), isNotNull(offers.outcome)));
    return rows.map((row) => ({ leadId: row.leadId, discount: row.discount, accepted: row.outcome === "ACCEPTED", madeAt: row.madeAt }));
  }

  /** The organization's own policy; undefined while the default applies. */
  async policy(): Promise<OfferPolicyRow | undefined> {
    const rows = await this.db.select().from(policies).where(eq(policies.organizationId, this.organizationId));
    return rows[0];
  }
}

/** SQL for a lead's revenue to date from its recorded purchases (0 when none), for list filters and ordering. */
export function revenueToDate(organizationId: SQL | unknown, leadId: SQL | unknown): SQL {
  return sql`coalesce((select sum(${purchases.total}) from ${purchases} where ${purchases.organizationId} = ${organizationId} and ${purchases.leadId} = ${leadId}), 0)::float8`;
}
