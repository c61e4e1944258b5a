/** SQL for account signals, always scoped to the caller's organization. */
import { and, desc, eq, getTableColumns, gte, inArray, lt, lte, sql, type SQL } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@revgraph/db";
import type { AccountSignalType } from "@revgraph/db/vocabulary";
import type { SignalFact } from "../scorecard/scorecard-measures";

export type AccountSignalRow = typeof schema.accountSignals.$inferSelect;
type NewSignal = Omit<typeof schema.accountSignals.$inferInsert, "organizationId" | "id" | "createdAt">;
type Executor = Database | Transaction;

const { accountSignals: signals } = schema;
const CHUNK = 1000;

export class AccountSignalRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  private owned(): SQL {
    return eq(signals.organizationId, this.organizationId);
  }

  async insertMany(tx: Transaction, rows: NewSignal[]): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await tx.insert(signals).values(rows.slice(i, i + CHUNK).map((row) => ({ ...row, organizationId: this.organizationId })));
    }
  }

  /**
   * What the scorecard needs for these accounts as of `now`: every signal of the last `days`, and
   * the latest NPS and CSAT answers of the last `surveyDays` (older than `days` included).
   */
  async factsFor(db: Executor, accountIds: readonly string[], now: Date, days: number, surveyDays: number): Promise<(SignalFact & { accountId: string })[]> {
    if (accountIds.length === 0) return [];
    const ids = [...accountIds];
    const since = new Date(now.getTime() - days * 86_400_000);
    const surveysSince = new Date(now.getTime() - surveyDays * 86_400_000);
    const columns = { accountId: signals.accountId, type: signals.type, value: signals.value, detail: signals.detail, occurredAt: signals.occurredAt };
    const recent = await db
      .select(columns)
      .from(signals)
      .where(and(this.owned(), inArray(signals.accountId, ids), gte(signals.occurredAt, since), lte(signals.occurredAt, now)));
    const surveys = await db
      .selectDistinctOn([signals.accountId, signals.type], columns)
      .from(signals)
      .where(and(this.owned(), inArray(signals.accountId, ids), inArray(signals.type, ["NPS", "CSAT"]), gte(signals.occurredAt, surveysSince), lt(signals.occurredAt, since)))
      .orderBy(signals.accountId, signals.type, desc(signals.occurredAt));
    return [...recent, ...surveys];
  }

  /** Accounts of the organization that have any signal: the ones whose health the scorecard computes. */
  async accountsWithSignals(db: Executor): Promise<string[]> {
    const rows = await db.selectDistinct({ accountId: signals.accountId }).from(signals).where(this.owned());
    return rows.map((row) => row.accountId);
  }

  /** The newest `perAccount` signals of each account (optionally of one type), newest first, in one query. */
  async recent(accountIds: readonly string[], perAccount: number, type?: AccountSignalType): Promise<AccountSignalRow[]> {
    if (accountIds.length === 0 || perAccount <= 0) return [];
    const conditions = [this.owned(), inArray(signals.accountId, [...accountIds])];
    if (type) conditions.push(eq(signals.type, type));
    const ranked = this.db
      .select({
        id: signals.id,
        rank: sql<number>`row_number() over (partition by ${signals.accountId} order by ${signals.occurredAt} desc, ${signals.id} desc)`.as("rank"),
      })
      .from(signals)
      .where(and(...conditions))
      .as("ranked");
    return this.db
      .select(getTableColumns(signals))
      .from(signals)
      .innerJoin(ranked, eq(ranked.id, signals.id))
      .where(lte(ranked.rank, perAccount))
      .orderBy(signals.accountId, ranked.rank);
  }
}
