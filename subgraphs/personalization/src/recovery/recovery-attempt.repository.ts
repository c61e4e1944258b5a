/**
 * SQL for recovery attempts and the outcome counts their timing is learned from, always scoped to
 * the caller's organization. An attempt's PURCHASED and CONVERTED outcomes are the ones recorded
 * with recordRecoveryOutcome or, whichever came first, derived when read from what sales already
 * knows (its read-only views for personalization): the lead's first purchase, and its win, within
 * WINDOW_DAYS after the attempt. Deriving at read time keeps sales' facts in sales, cannot count a
 * purchase twice, and follows a purchase recorded late or a lead reopened.
 */
import { and, eq, isNull, lte, sql, type SQL } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@revgraph/db";
import type { RecoveryOutcome, RecoveryPhase } from "@revgraph/db/vocabulary";
import { isUuid } from "@revgraph/graph";
import type { AttemptCounts } from "./recovery-timing";

export type RecoveryAttemptRow = typeof schema.recoveryAttempts.$inferSelect;
type Executor = Database | Transaction;

const { recoveryAttempts: attempts, purchasesForPersonalization: purchases, leadsForPersonalization: leads } = schema;

/** The end of an attempt's window, inclusive. */
const windowEnd = (windowDays: number) => sql`${attempts.attemptedAt} + make_interval(days => ${windowDays})`;

/** The lead's first purchase at or after the attempt and within the window; null without one. */
const purchaseWithin = (windowDays: number) =>
  sql<Date | null>`(select min(${purchases.occurredAt}) from ${purchases}
    where ${purchases.organizationId} = ${attempts.organizationId} and ${purchases.leadId} = ${attempts.leadId}
      and ${purchases.occurredAt} >= ${attempts.attemptedAt} and ${purchases.occurredAt} <= ${windowEnd(windowDays)})`;

/** When the lead was won, if that was at or after the attempt and within the window; null otherwise. */
const winWithin = (windowDays: number) =>
  sql<Date | null>`(select ${leads.closedAt} from ${leads}
    where ${leads.organizationId} = ${attempts.organizationId} and ${leads.id} = ${attempts.leadId} and ${leads.status} = 'WON'
      and ${leads.closedAt} >= ${attempts.attemptedAt} and ${leads.closedAt} <= ${windowEnd(windowDays)})`;

/** Each outcome as recorded or derived, the earlier of the two (least ignores nulls). */
const effectiveOutcomes = (windowDays: number) => ({
  reEngagedAt: sql<Date | null>`${attempts.reEngagedAt}`,
  purchasedAt: sql<Date | null>`least(${attempts.purchasedAt}, ${purchaseWithin(windowDays)})`.mapWith(attempts.purchasedAt),
  convertedAt: sql<Date | null>`least(${attempts.convertedAt}, ${winWithin(windowDays)})`.mapWith(attempts.convertedAt),
});

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
    const window = windowEnd(windowDays);
    const outcome = effectiveOutcomes(windowDays);
    const worked = sql`least(${outcome.reEngagedAt}, ${outcome.purchasedAt}, ${outcome.convertedAt}) <= ${window}`;
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

  /** The attempt with its outcomes as recorded or derived (see the header), the earlier of the two. */
  async withDerivedOutcomes(tx: Executor, row: RecoveryAttemptRow, windowDays: number): Promise<RecoveryAttemptRow> {
    const outcome = effectiveOutcomes(windowDays);
    const rows = await tx
      .select({ purchasedAt: outcome.purchasedAt, convertedAt: outcome.convertedAt })
      .from(attempts)
      .where(and(this.owned(), eq(attempts.id, row.id)));
    const derived = rows[0];
    if (!derived) return row;
    return { ...row, purchasedAt: derived.purchasedAt, convertedAt: derived.convertedAt };
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
