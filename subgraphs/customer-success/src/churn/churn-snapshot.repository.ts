/**
 * Builds churn snapshots (what the pure churn core reads) from the stored accounts, signals,
 * health history and open CTAs, always scoped to the caller's organization and batched.
 */
import { and, count, desc, eq, gte, inArray, lte, lt } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@revgraph/db";
import type { AccountOutcome } from "@revgraph/db/vocabulary";
import { BASELINE_DAYS, DAY_MS, LONG_DAYS, type AccountSignal, type AccountSnapshot } from "./churn-features";
import type { ChurnExample } from "./churn-model";

type Executor = Database | Transaction;
const { accounts, accountSignals: signals, accountHealthHistory: history, ctas, accountOutcomes: outcomes } = schema;
/** Accounts per statement when building snapshots. */
export const SNAPSHOT_BATCH = 500;

type AccountRow = typeof accounts.$inferSelect;

export class ChurnSnapshotRepository {
  constructor(
    private readonly db: Executor,
    readonly organizationId: string,
  ) {}

  /**
   * Snapshots of these accounts as of `asOf`: every signal of the churn features' longest window
   * (365 days) and the latest of each type before it (the recency and survey features), health
   * points of the last 90 days and the latest before them, and the open CTAs now. Missing accounts are absent.
   */
  async snapshots(accountIds: readonly string[], asOf: Date): Promise<Map<string, { account: AccountRow; snapshot: AccountSnapshot }>> {
    const out = new Map<string, { account: AccountRow; snapshot: AccountSnapshot }>();
    for (let i = 0; i < accountIds.length; i += SNAPSHOT_BATCH) {
      const ids = accountIds.slice(i, i + SNAPSHOT_BATCH);
      const rows = await this.db
        .select()
        .from(accounts)
        .where(and(eq(accounts.organizationId, this.organizationId), inArray(accounts.id, ids)));
      if (rows.length === 0) continue;
      const found = rows.map((r) => r.id);
      const [signalRows, healthRows, openCtas] = await Promise.all([this.signalsOf(found, asOf, BASELINE_DAYS), this.healthOf(found, asOf), this.openCtaCounts(found)]);
      for (const account of rows) {
        out.set(account.id, {
          account,
          snapshot: {
            attributes: account.attributes,
            arr: account.arr,
            lifecycleStage: account.lifecycleStage,
            renewalDate: account.renewalDate,
            signals: signalRows.get(account.id) ?? [],
            healthHistory: healthRows.get(account.id) ?? [],
            openCtaCount: openCtas.get(account.id) ?? 0,
          },
        });
      }
    }
    return out;
  }

  /**
   * Training data: one example per recorded outcome, the account's snapshot with every signal and
   * health point up to the outcome (features are computed as of each landmark, never later) and
   * the renewal date of the period the outcome closed (its date). Attributes and ARR are as they are now.
   */
  async trainingExamples(): Promise<ChurnExample[]> {
    const recorded = await this.db
      .select({ accountId: outcomes.accountId, outcome: outcomes.outcome, occurredAt: outcomes.occurredAt })
      .from(outcomes)
      .where(eq(outcomes.organizationId, this.organizationId))
      .orderBy(outcomes.occurredAt, outcomes.id);
    if (recorded.length === 0) return [];
    const ids = [...new Set(recorded.map((r) => r.accountId))];
    const examples: ChurnExample[] = [];
    for (let i = 0; i < ids.length; i += SNAPSHOT_BATCH) {
      const batch = ids.slice(i, i + SNAPSHOT_BATCH);
      const latest = recorded.filter((r) => batch.includes(r.accountId)).reduce((t, r) => Math.max(t, r.occurredAt.getTime()), 0);
      const asOf = new Date(latest);
      const rows = await this.db
        .select()
        .from(accounts)
        .where(and(eq(accounts.organizationId, this.organizationId), inArray(accounts.id, batch)));
      const [signalRows, healthRows] = await Promise.all([this.signalsOf(batch, asOf, null), this.healthOf(batch, asOf, null)]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const r of recorded) {
        const account = byId.get(r.accountId);
        if (!account || !batch.includes(r.accountId)) continue;
        examples.push({
          accountId: r.accountId,
          outcome: r.outcome as AccountOutcome,
          occurredAt: r.occurredAt,
          snapshot: {
            attributes: account.attributes,
            arr: account.arr,
            lifecycleStage: "",
            renewalDate: r.occurredAt,
            signals: signalRows.get(r.accountId) ?? [],
            healthHistory: healthRows.get(r.accountId) ?? [],
            openCtaCount: 0,
          },
        });
      }
    }
    return examples.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.accountId.localeCompare(b.accountId));
  }

  /** Signals up to `asOf`: all of the last `days` (every one when null) and the latest of each type before them. */
  private async signalsOf(ids: string[], asOf: Date, days: number | null): Promise<Map<string, AccountSignal[]>> {
    const columns = { accountId: signals.accountId, type: signals.type, value: signals.value, detail: signals.detail, occurredAt: signals.occurredAt };
    const owned = and(eq(signals.organizationId, this.organizationId), inArray(signals.accountId, ids), lte(signals.occurredAt, asOf));
    let rows: { accountId: string; type: AccountSignal["type"]; value: number; detail: string | null; occurredAt: Date }[];
    if (days === null) {
      rows = await this.db.select(columns).from(signals).where(owned);
    } else {
      const since = new Date(asOf.getTime() - days * DAY_MS);
      const [recent, older] = await Promise.all([
        this.db
          .select(columns)
          .from(signals)
          .where(and(owned, gte(signals.occurredAt, since))),
        this.db
          .selectDistinctOn([signals.accountId, signals.type], columns)
          .from(signals)
          .where(and(owned, lt(signals.occurredAt, since)))
          .orderBy(signals.accountId, signals.type, desc(signals.occurredAt)),
      ]);
      rows = [...recent, ...older];
    }
    const out = new Map<string, AccountSignal[]>();
    for (const r of rows) {
      const list = out.get(r.accountId) ?? [];
      list.push({ type: r.type, value: r.value, detail: r.detail, occurredAt: r.occurredAt });
      out.set(r.accountId, list);
    }
    return out;
  }

  /** Health points up to `asOf`: the last 90 days' and the latest before them (every one when `days` is null). */
  private async healthOf(ids: string[], asOf: Date, days: number | null = LONG_DAYS): Promise<Map<string, { score: number; recordedAt: Date }[]>> {
    const columns = { accountId: history.accountId, score: history.score, recordedAt: history.recordedAt };
    const owned = and(eq(history.organizationId, this.organizationId), inArray(history.accountId, ids), lte(history.recordedAt, asOf));
    let rows: { accountId: string; score: number; recordedAt: Date }[];
    if (days === null) {
      rows = await this.db.select(columns).from(history).where(owned);
    } else {
      const since = new Date(asOf.getTime() - days * DAY_MS);
      const [recent, older] = await Promise.all([
        this.db
          .select(columns)
          .from(history)
          .where(and(owned, gte(history.recordedAt, since))),
        this.db
          .selectDistinctOn([history.accountId], columns)
          .from(history)
          .where(and(owned, lt(history.recordedAt, since)))
          .orderBy(history.accountId, desc(history.recordedAt)),
      ]);
      rows = [...recent, ...older];
    }
    const out = new Map<string, { score: number; recordedAt: Date }[]>();
    for (const r of rows) {
      const list = out.get(r.accountId) ?? [];
      list.push({ score: r.score, recordedAt: r.recordedAt });
      out.set(r.accountId, list);
    }
    return out;
  }

  private async openCtaCounts(ids: string[]): Promise<Map<string, number>> {
    const rows = await this.db
      .select({ accountId: ctas.accountId, n: count() })
      .from(ctas)
      .where(and(eq(ctas.organizationId, this.organizationId), inArray(ctas.accountId, ids), inArray(ctas.status, ["OPEN", "SNOOZED"])))
      .groupBy(ctas.accountId);
    return new Map(rows.map((r) => [r.accountId, Number(r.n)]));
  }
}
