/**
 * A health anomaly raises a RISK / HEALTH_DROP CTA on its account (source ANOMALY, sourceRef the
 * anomaly's id), through raiseCta (dedup and cooldown there): HIGH priority for a drop of the
 * total health, MEDIUM for a drop of one measure. Called after the recomputation's transaction
 * has committed, one CTA per account (its largest drop).
 */
import type { Database } from "@revgraph/db";
import { raiseCta } from "../cta/raise-cta";
import type { AccountAnomalyRow } from "./account-anomaly.repository";

export async function raiseAnomalyCtas(db: Database, organizationId: string, anomalies: readonly AccountAnomalyRow[], now: Date): Promise<void> {
  const worst = new Map<string, AccountAnomalyRow>();
  for (const a of anomalies) {
    const current = worst.get(a.accountId);
    const rank = (x: AccountAnomalyRow) => (x.measure === "TOTAL" ? 1 : 0);
    if (!current || rank(a) > rank(current) || (rank(a) === rank(current) && a.zScore < current.zScore)) worst.set(a.accountId, a);
  }
  for (const a of worst.values()) {
    await raiseCta(
      db,
      { organizationId, accountId: a.accountId, type: "RISK", reason: "HEALTH_DROP", source: "ANOMALY", sourceRef: a.id, priority: a.measure === "TOTAL" ? "HIGH" : "MEDIUM" },
      now,
    );
  }
}
