/** SQL for an organization's stored churn models: the newest is the one predictions use. */
import { and, desc, eq, sql } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@revgraph/db";
import type { ChurnModelMetrics } from "@revgraph/db/schema";

export type ChurnModelRow = typeof schema.churnModels.$inferSelect;
const { churnModels: models } = schema;

export class ChurnModelRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  async latest(db: Database | Transaction = this.db): Promise<ChurnModelRow | null> {
    const [row] = await db.select().from(models).where(eq(models.organizationId, this.organizationId)).orderBy(desc(models.version)).limit(1);
    return row ?? null;
  }

  /** Stores a model as the organization's next version. */
  async insert(tx: Transaction, row: { model: unknown; metrics: ChurnModelMetrics; accounts: number; churned: number; trainedBy: string }): Promise<ChurnModelRow> {
    const next = sql<number>`(select coalesce(max(${models.version}), 0) + 1 from ${models} where ${models.organizationId} = ${this.organizationId})`;
    const [inserted] = await tx
      .insert(models)
      .values({ ...row, organizationId: this.organizationId, version: next })
      .returning();
    return inserted!;
  }

  history(first: number): Promise<ChurnModelRow[]> {
    return this.db
      .select()
      .from(models)
      .where(and(eq(models.organizationId, this.organizationId)))
      .orderBy(desc(models.version))
      .limit(first);
  }
}
