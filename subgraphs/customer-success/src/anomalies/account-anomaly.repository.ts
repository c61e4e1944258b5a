/** SQL for health anomalies, always scoped to the caller's organization. */
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@revgraph/db";

export type AccountAnomalyRow = typeof schema.accountAnomalies.$inferSelect;
type NewAnomaly = Omit<typeof schema.accountAnomalies.$inferInsert, "organizationId" | "id">;

const { accountAnomalies: anomalies } = schema;

export class AccountAnomalyRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  async insertMany(tx: Transaction, rows: NewAnomaly[]): Promise<AccountAnomalyRow[]> {
    const inserted: AccountAnomalyRow[] = [];
    for (let i = 0; i < rows.length; i += 1000) {
      inserted.push(
        ...(await tx
          .insert(anomalies)
          .values(rows.slice(i, i + 1000).map((row) => ({ ...row, organizationId: this.organizationId })))
          .returning()),
      );
    }
    return inserted;
  }

  /** The newest `perAccount` anomalies of each account, newest first, in one query. */
  async recent(accountIds: readonly string[], perAccount: number): Promise<AccountAnomalyRow[]> {
    if (accountIds.length === 0 || perAccount <= 0) return [];
    const ranked = this.db
      .select({
        id: anomalies.id,
        accountId: anomalies.accountId,
        organizationId: anomalies.organizationId,
        measure: anomalies.measure,
        score: anomalies.score,
        baseline: anomalies.baseline,
        zScore: anomalies.zScore,
        detectedAt: anomalies.detectedAt,
        rank: sql<number>`row_number() over (partition by ${anomalies.accountId} order by ${anomalies.detectedAt} desc, ${anomalies.id} desc)`.as("rank"),
      })
      .from(anomalies)
      .where(and(eq(anomalies.organizationId, this.organizationId), inArray(anomalies.accountId, [...accountIds])))
      .as("ranked");
    const rows = await this.db.select().from(ranked).where(lte(ranked.rank, perAccount)).orderBy(ranked.accountId, ranked.rank);
    return rows.map(({ rank: _rank, ...row }) => row);
  }
}
