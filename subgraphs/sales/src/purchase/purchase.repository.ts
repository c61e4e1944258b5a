/** SQL for purchases and their lines, always scoped to the caller's organization. */
import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@revgraph/db";
import { isUuid } from "@revgraph/graph";

export type PurchaseRow = typeof schema.purchases.$inferSelect;
export type PurchaseLineRow = typeof schema.purchaseLines.$inferSelect;
export type NewPurchase = Omit<typeof schema.purchases.$inferInsert, "organizationId" | "id" | "createdAt">;
export type NewLine = { itemId: string; quantity: number; unitPrice: number };
type Executor = Database | Transaction;

const { purchases, purchaseLines } = schema;
/** Rows per INSERT: far below PostgreSQL's 65,535 bind parameters. */
const CHUNK = 1000;

/** One (lead, item) fact for the models: a purchase line with its purchase's time. */
export interface PurchaseFact {
  purchaseId: string;
  leadId: string;
  itemId: string;
  quantity: number;
  unitPrice: number;
  occurredAt: Date;
}

export class PurchaseRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  private owned(): SQL {
    return eq(purchases.organizationId, this.organizationId);
  }

  findByExternalIds(tx: Executor, externalIds: readonly string[]): Promise<PurchaseRow[]> {
    if (externalIds.length === 0) return Promise.resolve([]);
    return tx
      .select()
      .from(purchases)
      .where(and(this.owned(), inArray(purchases.externalId, [...externalIds])));
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

  /** The purchases' lines, in position order. */
  linesOf(purchaseIds: readonly string[], tx: Executor = this.db): Promise<PurchaseLineRow[]> {
    if (purchaseIds.length === 0) return Promise.resolve([]);
    return tx
      .select()
      .from(purchaseLines)
      .where(and(eq(purchaseLines.organizationId, this.organizationId), inArray(purchaseLines.purchaseId, [...purchaseIds])))
      .orderBy(asc(purchaseLines.purchaseId), asc(purchaseLines.position));
  }

  /** Inserts purchases (none of whose externalIds exist) with their lines. */
  async insert(tx: Transaction, rows: { purchase: NewPurchase; lines: NewLine[] }[]): Promise<PurchaseRow[]> {
    const inserted: PurchaseRow[] = [];
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      inserted.push(
        ...(await tx
          .insert(purchases)
          .values(chunk.map((row) => ({ ...row.purchase, organizationId: this.organizationId })))
          .returning()),
      );
    }
    const lines = rows.flatMap((row, i) => row.lines.map((line, position) => ({ ...line, position, purchaseId: inserted[i].id, organizationId: this.organizationId })));
    for (let start = 0; start < lines.length; start += CHUNK) await tx.insert(purchaseLines).values(lines.slice(start, start + CHUNK));
    return inserted;
  }

  /** Every purchase line of the organization with its lead and time: what the models learn from. */
  facts(): Promise<PurchaseFact[]> {
    return this.db
      .select({
        purchaseId: purchases.id,
        leadId: purchases.leadId,
        itemId: purchaseLines.itemId,
        quantity: purchaseLines.quantity,
        unitPrice: purchaseLines.unitPrice,
        occurredAt: purchases.occurredAt,
      })
      .from(purchaseLines)
      .innerJoin(purchases, eq(purchases.id, purchaseLines.purchaseId))
      .where(and(this.owned(), eq(purchaseLines.organizationId, this.organizationId)));
  }

  /** Every purchase of the organization (lead, time, total): the lifetime-value model's data. */
  totals(): Promise<Pick<PurchaseRow, "leadId" | "occurredAt" | "total">[]> {
    return this.db.select({ leadId: purchases.leadId, occurredAt: purchases.occurredAt, total: purchases.total }).from(purchases).where(this.owned());
  }
}
