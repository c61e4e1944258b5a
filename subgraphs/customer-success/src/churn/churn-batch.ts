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
import { trainWithHeldOutCheck } from "./churn-training";

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

/** Trains and stores an organization's churn model from its outcomes (null without any); its ACTIVE predictions are superseded. */
export async function trainAndStoreChurnModel(db: Database, organizationId: string, trainedBy: string, now: Date) {
  const examples = await new ChurnSnapshotRepository(db, organizationId).trainingExamples();
  if (examples.length === 0) return null;
  const { model, metrics } = trainWithHeldOutCheck(examples, { now });
  const models = new ChurnModelRepository(db, organizationId);
  const predictions = new ChurnPredictionRepository(db, organizationId);
  return db.transaction(async (tx) => {
    const stored = await models.insert(tx, { model, metrics, accounts: model.accounts, churned: model.churned, trainedBy });
    await predictions.supersedeAll(tx);
    return stored;
  });
}

/** Organizations with recorded outcomes but no churn model yet get one (the demo's first start). */
export async function trainMissingChurnModels(db: Database, now: Date): Promise<string[]> {
  const result = await db.execute(sql`
    select distinct o.organization_id from customer_success.account_outcomes o
    where not exists (select 1 from customer_success.churn_models m where m.organization_id = o.organization_id)
    order by 1`);
  const rows = (Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? [])) as { organization_id: string }[];
  for (const { organization_id } of rows) await trainAndStoreChurnModel(db, organization_id, "system", now);
  return rows.map((r) => r.organization_id);
}
