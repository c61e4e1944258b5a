/** SQL for account health history, always scoped to the caller's organization. */
import { and, eq, inArray, lte, max, sql, type SQL } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import type { HealthMeasureScore } from "@revgraph/db/schema";
import type { Tx } from "./account.repository";

/** A health point; `measures` is the scorecard breakdown, empty for scores recorded by hand. */
export type HealthPointRow = { accountId: string; score: number; recordedAt: Date; measures: HealthMeasureScore[] };

const { accountHealthHistory: history } = schema;

export class AccountHealthRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  private owned(): SQL {
    return eq(history.organizationId, this.organizationId);
  }

  /** The newest `perAccount` points of each account, newest first, in one query. */
  async recent(accountIds: readonly string[], perAccount: number, db: Database | Tx = this.db): Promise<HealthPointRow[]> {
    if (accountIds.length === 0 || perAccount <= 0) return [];
    const ranked = db
      .select({
        accountId: history.accountId,
        score: history.score,
        recordedAt: history.recordedAt,
        measures: history.measures,
        rank: sql<number>`row_number() over (partition by ${history.accountId} order by ${history.recordedAt} desc, ${history.id} desc)`.as("rank"),
      })
      .from(history)
      .where(and(this.owned(), inArray(history.accountId, [...accountIds])))
      .as("ranked");
    const rows = await db
      .select({ accountId: ranked.accountId, score: ranked.score, recordedAt: ranked.recordedAt, measures: ranked.measures })
      .from(ranked)
      .where(lte(ranked.rank, perAccount))
      .orderBy(ranked.accountId, ranked.rank);
    return rows.map(toPoint);
  }

  /** When the account's newest point was recorded; null when it has none. */
  async newestAt(tx: Tx, accountId: string): Promise<Date | null> {
    const [row] = await tx
      .select({ at: max(history.recordedAt) })
      .from(history)
      .where(and(this.owned(), eq(history.accountId, accountId)));
    return row?.at ? new Date(row.at) : null;
  }

  async insert(tx: Tx, point: Omit<HealthPointRow, "measures"> & { measures?: HealthMeasureScore[] }): Promise<HealthPointRow> {
    const [row] = await tx
      .insert(history)
      .values({ ...point, measures: point.measures ?? null, organizationId: this.organizationId })
      .returning({ accountId: history.accountId, score: history.score, recordedAt: history.recordedAt, measures: history.measures });
    return toPoint(row!);
  }
}

/** Appends computed points (with their breakdown), many accounts in one statement per 1,000 points. */
export async function insertHealthPoints(tx: Tx, organizationId: string, points: (Omit<HealthPointRow, "measures"> & { measures: HealthMeasureScore[] })[]): Promise<void> {
  for (let i = 0; i < points.length; i += 1000) {
    await tx.insert(history).values(points.slice(i, i + 1000).map((p) => ({ ...p, organizationId })));
  }
}

function toPoint(row: { accountId: string; score: number; recordedAt: Date; measures: HealthMeasureScore[] | null }): HealthPointRow {
  return { ...row, measures: row.measures ?? [] };
}
