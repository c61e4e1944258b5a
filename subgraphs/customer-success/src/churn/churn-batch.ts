/**
 * Churn predictions for many accounts of one organization, outside a request: the nightly refresh
 * (accounts whose prediction is missing or expired) and a manager's portfolio run (every account
 * not churned). Accounts go through the predictor in chunks (deterministic text, no language
 * model); `onProgress` hears after each chunk.
 */
import { sql } from "drizzle-orm";
import type { Database } from "@revgraph/db";
import { ChurnModelRepository } from "./churn-model.repository";
import { ChurnPredictionRepository } from "./churn-prediction.repository";
import { ChurnPredictor } from "./churn-predictor";
import { ChurnSnapshotRepository } from "./churn-snapshot.repository";

export const BATCH_CHUNK = 500;

export async function predictChurnInBatch(
  db: Database,
  organizationId: string,
  now: Date,
  options: { all: boolean; onProgress?: (done: number, total: number) => Promise<void> },
): Promise<{ accounts: number; predicted: number }> {
  const predictions = new ChurnPredictionRepository(db, organizationId);
  const predictor = new ChurnPredictor(db, organizationId, new ChurnModelRepository(db, organizationId), predictions, new ChurnSnapshotRepository(db, organizationId), null);
  const ids = await predictions.accountsToRefresh(now, options.all);
  let predicted = 0;
  for (let i = 0; i < ids.length; i += BATCH_CHUNK) {
    predicted += (await predictor.predict(ids.slice(i, i + BATCH_CHUNK), now)).length;
    await options.onProgress?.(Math.min(i + BATCH_CHUNK, ids.length), ids.length);
  }
  return { accounts: ids.length, predicted };
}

/** The nightly refresh for every organization with accounts. */
export async function refreshExpiredChurnPredictions(db: Database, now: Date): Promise<{ organizations: number; predicted: number }> {
  const result = await db.execute(sql`select distinct organization_id from customer_success.accounts order by organization_id`);
  const rows = (Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? [])) as { organization_id: string }[];
  let predicted = 0;
  for (const { organization_id } of rows) predicted += (await predictChurnInBatch(db, organization_id, now, { all: false })).predicted;
  return { organizations: rows.length, predicted };
}
