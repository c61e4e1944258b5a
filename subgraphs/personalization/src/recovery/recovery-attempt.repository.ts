/** SQL for recovery attempts and the outcome counts their timing is learned from, always scoped to the caller's organization. */
import { and, eq, isNull, lte, sql, type SQL } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@revgraph/db";
import type { RecoveryOutcome, RecoveryPhase } from "@revgraph/db/vocabulary";
import { isUuid } from "@revgraph/graph";
import type { AttemptCounts } from "./recovery-timing";

export type RecoveryAttemptRow = typeof schema.recoveryAttempts.$inferSelect;
type Executor = Database | Transaction;

const { recoveryAttempts: attempts } = schema;

/** Each outcome's column. */
export const OUTCOME_COLUMNS = { RE_ENGAGED: "reEngagedAt", PURCHASED: "purchasedAt", CONVERTED: "convertedAt" } as const satisfies Record<
  RecoveryOutcome,
  keyof RecoveryAttemptRow
>;

export class RecoveryAttemptRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  private owned(): SQL {
    return eq(attempts.organizationId, this.organizationId);
  }

  /**
   * Per phase and days of silence: attempts whose outcome is known at `now` (they worked, or
   * `windowDays` have passed) and how many worked (re-engaged, bought or converted within the window).
   */
  async outcomeCounts(now: Date, windowDays: number): Promise<AttemptCounts[]> {
    const window = sql`${attempts.attemptedAt} + make_interval(days => ${windowDays})`;
    const worked = sql`least(${attempts.reEngagedAt}, ${attempts.purchasedAt}, ${attempts.convertedAt}) <= ${window}`;
    const rows = await this.db
      .select({
        phase: attempts.phase,
        silentDays: attempts.silentDays,
        attempts: sql<number>`count(*) filter (where coalesce(${worked}, false) or ${window} <= ${now.toISOString()}::timestamptz)`.mapWith(Number),
        successes: sql<number>`count(*) filter (where coalesce(${worked}, false))`.mapWith(Number),
      })
      .from(attempts)
      .where(this.owned())
      .groupBy(attempts.phase, attempts.silentDays);
    return rows.filter((r) => r.attempts > 0);
  }

  async insert(tx: Executor, row: { leadId: string; phase: RecoveryPhase; attemptedAt: Date; silentDays: number; recordedById: string }): Promise<RecoveryAttemptRow> {
    const rows = await tx
      .insert(attempts)
      .values({ ...row, organizationId: this.organizationId })
      .returning();
    return rows[0]!;
  }

  /** Locks the attempt for the rest of the transaction; undefined when it is not the organization's. */
  async lock(tx: Transaction, id: string): Promise<RecoveryAttemptRow | undefined> {
    if (!isUuid(id)) return undefined;
    const rows = await tx
      .select()
      .from(attempts)
      .where(and(this.owned(), eq(attempts.id, id)))
      .for("update");
    return rows[0];
  }

  async setOutcome(tx: Transaction, id: string, outcome: RecoveryOutcome, at: Date): Promise<RecoveryAttemptRow> {
    const rows = await tx
      .update(attempts)
      .set({ [OUTCOME_COLUMNS[outcome]]: at })
      .where(and(this.owned(), eq(attempts.id, id)))
      .returning();
    return rows[0]!;
  }

  /** The customer came back at `at`: every earlier attempt with the lead not yet marked re-engaged is. */
  async markReEngaged(tx: Transaction, leadId: string, at: Date): Promise<void> {
    await tx
      .update(attempts)
      .set({ reEngagedAt: at })
      .where(and(this.owned(), eq(attempts.leadId, leadId), isNull(attempts.reEngagedAt), lte(attempts.attemptedAt, at)));
  }
}
