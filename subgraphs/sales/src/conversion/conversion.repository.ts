/** SQL for conversions, scoped to the caller's organization. */
import { and, eq } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@revgraph/db";

export type ConversionRow = typeof schema.conversions.$inferSelect;
type Tx = Transaction;

export class ConversionRepository {
  constructor(private readonly organizationId: string) {}

  async findByKey(tx: Tx, idempotencyKey: string): Promise<ConversionRow | undefined> {
    const rows = await tx
      .select()
      .from(schema.conversions)
      .where(and(eq(schema.conversions.organizationId, this.organizationId), eq(schema.conversions.idempotencyKey, idempotencyKey)));
    return rows[0];
  }

  async findByLead(tx: Tx, leadId: string): Promise<ConversionRow | undefined> {
    const rows = await tx
      .select()
      .from(schema.conversions)
      .where(and(eq(schema.conversions.organizationId, this.organizationId), eq(schema.conversions.leadId, leadId)));
    return rows[0];
  }

  async insert(tx: Tx, row: Omit<typeof schema.conversions.$inferInsert, "organizationId">): Promise<ConversionRow> {
    const [inserted] = await tx
      .insert(schema.conversions)
      .values({ ...row, organizationId: this.organizationId })
      .returning();
    return inserted!;
  }
}
