/** Recomputes accounts' health from their signals and the scorecard: a new history point each, anomalies stored when found. */
import type { Transaction } from "@revgraph/db";
import { type AccountHealthRepository, insertHealthPoints } from "../account/account-health.repository";
import { setHealthScores } from "../account/account.repository";
import type { AccountAnomalyRepository, AccountAnomalyRow } from "../anomalies/account-anomaly.repository";
import { ANOMALY_WINDOW, detectAnomalies } from "../anomalies/health-anomalies";
import type { AccountSignalRepository } from "../signals/account-signal.repository";
import { ADOPTION_DAYS, healthScore, measureScores, type MeasureWeight, SENTIMENT_DAYS, type SignalFact, USAGE_PREVIOUS_DAYS, USAGE_RECENT_DAYS } from "./scorecard-measures";

/** The longest window any measure reads besides the survey answers. */
const SIGNAL_DAYS = Math.max(USAGE_RECENT_DAYS + USAGE_PREVIOUS_DAYS, ADOPTION_DAYS);
const BATCH = 500;

export class HealthRecomputer {
  constructor(
    private readonly organizationId: string,
    private readonly signals: AccountSignalRepository,
    private readonly history: AccountHealthRepository,
    private readonly anomalies: AccountAnomalyRepository,
  ) {}

  /** Appends one computed point per account (as of `now`) and makes it the current health; returns the anomalies it stored (raise their CTAs once the transaction commits: raiseAnomalyCtas). */
  async recompute(tx: Transaction, accountIds: readonly string[], scorecard: readonly MeasureWeight[], now: Date): Promise<AccountAnomalyRow[]> {
    const found: AccountAnomalyRow[] = [];
    for (let i = 0; i < accountIds.length; i += BATCH) {
      const ids = accountIds.slice(i, i + BATCH);
      const facts = await this.signals.factsFor(tx, ids, now, SIGNAL_DAYS, SENTIMENT_DAYS);
      const byAccount = new Map<string, SignalFact[]>(ids.map((id) => [id, []]));
      for (const fact of facts) byAccount.get(fact.accountId)?.push(fact);
      const previous = await this.history.recent(ids, ANOMALY_WINDOW, tx);
      const pointsBefore = new Map<string, typeof previous>(ids.map((id) => [id, []]));
      for (const point of previous) pointsBefore.get(point.accountId)?.push(point);

      const points = ids.map((accountId) => ({ accountId, recordedAt: now, ...healthScore(measureScores(byAccount.get(accountId)!, now), scorecard) }));
      const anomalies = points.flatMap((point) => detectAnomalies(pointsBefore.get(point.accountId)!, point).map((a) => ({ accountId: point.accountId, detectedAt: now, ...a })));
      await insertHealthPoints(tx, this.organizationId, points);
      await setHealthScores(
        tx,
        this.organizationId,
        points.map((p) => ({ id: p.accountId, score: p.score })),
      );
      if (anomalies.length) found.push(...(await this.anomalies.insertMany(tx, anomalies)));
    }
    return found;
  }
}
