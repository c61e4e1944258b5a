/** SQL for offers, always scoped to the caller's organization. */
import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@revgraph/db";
import { isUuid } from "@revgraph/graph";

export type OfferRow = typeof schema.offers.$inferSelect;
type NewOffer = Omit<typeof schema.offers.$inferInsert, "organizationId" | "id" | "createdAt">;

const { offers } = schema;

export class OfferRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  private owned(): SQL {
    return eq(offers.organizationId, this.organizationId);
  }

  /** The leads' offers, newest first. */
  findByLeadIds(leadIds: readonly string[]): Promise<OfferRow[]> {
    const valid = leadIds.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(offers)
      .where(and(this.owned(), inArray(offers.leadId, valid)))
      .orderBy(desc(offers.madeAt), desc(offers.id));
  }

  /** Every offer of the organization (the price-response model's data). */
  all(): Promise<OfferRow[]> {
    return this.db.select().from(offers).where(this.owned());
  }

  async insert(tx: Transaction, row: NewOffer): Promise<OfferRow> {
    const rows = await tx
      .insert(offers)
      .values({ ...row, organizationId: this.organizationId })
      .returning();
    return rows[0]!;
  }

  /** Locks one offer for the rest of the transaction. */
  async lockById(tx: Transaction, id: string): Promise<OfferRow | undefined> {
    const rows = await tx
      .select()
      .from(offers)
      .where(and(this.owned(), eq(offers.id, id)))
      .for("update");
    return rows[0];
  }

  async close(tx: Transaction, id: string, outcome: NonNullable<OfferRow["outcome"]>, at: Date): Promise<OfferRow> {
    const rows = await tx
      .update(offers)
      .set({ outcome, outcomeAt: at })
      .where(and(this.owned(), eq(offers.id, id)))
      .returning();
    return rows[0]!;
  }
}
