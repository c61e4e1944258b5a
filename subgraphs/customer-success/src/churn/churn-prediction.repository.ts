/** SQL for stored churn predictions, always scoped to one organization. */
import { and, eq, gt, gte, inArray, isNotNull, lt, sql } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@revgraph/db";
import type { AccountOutcome } from "@revgraph/db/vocabulary";
import { RISK_THRESHOLDS } from "./churn-predict";

export type ChurnPredictionRow = typeof schema.churnPredictions.$inferSelect;
export type NewChurnPrediction = Omit<typeof schema.churnPredictions.$inferInsert, "id" | "organizationId" | "status" | "createdAt">;
type Executor = Database | Transaction;
const { churnPredictions: predictions, accounts } = schema;
const CHUNK = 1000;

export class ChurnPredictionRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  /** The ACTIVE predictions of these accounts that are still valid at `now`. */
  activeValid(accountIds: readonly string[], now: Date, db: Executor = this.db): Promise<ChurnPredictionRow[]> {
    if (accountIds.length === 0) return Promise.resolve([]);
    return db
      .select()
      .from(predictions)
      .where(
        and(
          eq(predictions.organizationId, this.organizationId),
          inArray(predictions.accountId, [...accountIds]),
          eq(predictions.status, "ACTIVE"),
          gt(predictions.validUntil, now),
        ),
      );
  }

  findByIds(ids: readonly string[]): Promise<ChurnPredictionRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(predictions)
      .where(and(eq(predictions.organizationId, this.organizationId), inArray(predictions.id, [...ids])));
  }

  /**
   * Makes these predictions the accounts' ACTIVE ones, in one transaction: the previous ACTIVE
   * row of each becomes EXPIRED when its validity had passed, SUPERSEDED otherwise.
   */
  async replace(rows: readonly NewChurnPrediction[], now: Date): Promise<ChurnPredictionRow[]> {
    if (rows.length === 0) return [];
    return this.db.transaction(async (tx) => {
      const stored: ChurnPredictionRow[] = [];
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        await tx
          .update(predictions)
          .set({ status: sql`case when ${predictions.validUntil} <= ${now.toISOString()}::timestamptz then 'EXPIRED' else 'SUPERSEDED' end` })
          .where(
            and(
              eq(predictions.organizationId, this.organizationId),
              inArray(
                predictions.accountId,
                chunk.map((r) => r.accountId),
              ),
              eq(predictions.status, "ACTIVE"),
            ),
          );
        stored.push(
          ...(await tx
            .insert(predictions)
            .values(chunk.map((r) => ({ ...r, organizationId: this.organizationId, status: "ACTIVE" as const })))
            .returning()),
        );
      }
      return stored;
    });
  }

  /** After a new model: every ACTIVE prediction is SUPERSEDED, so the next read predicts with the model. */
  async supersedeAll(tx: Transaction): Promise<void> {
    await tx
      .update(predictions)
      .set({ status: "SUPERSEDED" })
      .where(and(eq(predictions.organizationId, this.organizationId), eq(predictions.status, "ACTIVE")));
  }

  /**
   * An outcome of an account validates every prediction of it whose window (predictedAt to
   * predictedAt + windowDays) covers the outcome's date and that has none yet. Accurate: HIGH or
   * CRITICAL and churned, LOW or MEDIUM and not churned. Returns how many it validated.
   */
  async validate(tx: Transaction, accountId: string, outcome: AccountOutcome, occurredAt: Date, now: Date): Promise<number> {
    const at = occurredAt.toISOString();
    const churned = outcome === "CHURNED";
    const rows = await tx
      .update(predictions)
      .set({
        actualOutcome: outcome,
        wasAccurate: sql`(${predictions.riskCategory} in ('HIGH', 'CRITICAL')) = ${churned}`,
        validatedAt: now,
      })
      .where(
        and(
          eq(predictions.organizationId, this.organizationId),
          eq(predictions.accountId, accountId),
          sql`${predictions.actualOutcome} is null`,
          sql`${predictions.predictedAt} <= ${at}::timestamptz`,
          sql`${at}::timestamptz <= ${predictions.predictedAt} + make_interval(days => ${predictions.windowDays})`,
        ),
      )
      .returning({ id: predictions.id });
    return rows.length;
  }

  /** Validated predictions made in [from, to). */
  validated(from: Date, to: Date) {
    return this.db
      .select({ probability: predictions.probability, riskCategory: predictions.riskCategory, source: predictions.source, actualOutcome: predictions.actualOutcome })
      .from(predictions)
      .where(and(eq(predictions.organizationId, this.organizationId), isNotNull(predictions.actualOutcome), gte(predictions.predictedAt, from), lt(predictions.predictedAt, to)));
  }

  /** Accounts (not churned) without an ACTIVE prediction valid at `now`: what the nightly refresh predicts. */
  async accountsToRefresh(now: Date, all = false): Promise<string[]> {
    const valid = sql`exists (select 1 from ${predictions} p where p.organization_id = ${accounts.organizationId} and p.account_id = ${accounts.id} and p.status = 'ACTIVE' and p.valid_until > ${now.toISOString()}::timestamptz)`;
    const rows = await this.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(eq(accounts.organizationId, this.organizationId), sql`${accounts.lifecycleStage} <> 'CHURNED'`, all ? undefined : sql`not ${valid}`))
      .orderBy(accounts.id);
    return rows.map((r) => r.id);
  }
}

/** HIGH or above: the threshold precision and recall are reported at. */
export const HIGH_THRESHOLD = RISK_THRESHOLDS.HIGH;
