/** Cached predictions: read many in one query, write many in one statement; factors and actions only when asked for. */
import { and, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import { inList, listValues, preparedRead, schema, type Database } from "@revgraph/db";
import type { StoredAction, StoredFactor } from "@revgraph/db/schema";

const { predictions } = schema;
const { factors: _factors, actions: _actions, ...summaryColumns } = getTableColumns(predictions);

/** A cached prediction without its factors and actions, which many lists do not ask for (read them with `factorsByIds`, `actionsByIds`). */
export type PredictionRow = Omit<typeof predictions.$inferSelect, "factors" | "actions">;
export type NewPredictionRow = Omit<typeof predictions.$inferInsert, "organizationId" | "id">;
export interface PredictionFactorsRow {
  id: string;
  factors: StoredFactor[];
}
export interface PredictionActionsRow {
  id: string;
  actions: StoredAction[] | null;
}

/** What a read of cached predictions brings beside the summary: the stored factors, the stored actions. */
export interface PredictionExtras {
  factors: boolean;
  actions: boolean;
}

/** A cached prediction with whichever of its factors and actions were asked for. */
export type PredictionWithExtras = PredictionRow & { factors?: StoredFactor[]; actions?: StoredAction[] | null };

const inOrganization = eq(predictions.organizationId, sql.placeholder("organizationId"));
const byLeadsReader = (extras: PredictionExtras) =>
  preparedRead((db, size) =>
    db
      .select({
        ...summaryColumns,
        ...(extras.factors ? { factors: predictions.factors } : {}),
        ...(extras.actions ? { actions: predictions.actions } : {}),
      })
      .from(predictions)
      .where(and(inOrganization, eq(predictions.modelKey, sql.placeholder("modelKey")), inList(predictions.leadId, "leadIds", size)))
      .prepare("scoring_predictions_by_leads"),
  );
const byLeadsReads = [false, true].map((factors) => [false, true].map((actions) => byLeadsReader({ factors, actions })));
const factorsRead = preparedRead((db, size) =>
  db
    .select({ id: predictions.id, factors: predictions.factors })
    .from(predictions)
    .where(and(inOrganization, inList(predictions.id, "ids", size)))
    .prepare("scoring_prediction_factors"),
);
const actionsRead = preparedRead((db, size) =>
  db
    .select({ id: predictions.id, actions: predictions.actions })
    .from(predictions)
    .where(and(inOrganization, inList(predictions.id, "ids", size)))
    .prepare("scoring_prediction_actions"),
);

export class PredictionRepository {
  constructor(
    private readonly db: Database,
    private readonly organizationId: string,
  ) {}

  /** The cached predictions of these leads by this model; with their factors or actions too when `extras` asks (one statement either way). */
  byLeads(modelKey: string, leadIds: readonly string[], extras: PredictionExtras = { factors: false, actions: false }): Promise<PredictionWithExtras[]> {
    const read = byLeadsReads[Number(extras.factors)]![Number(extras.actions)]!;
    return read(this.db, leadIds.length).execute({ organizationId: this.organizationId, modelKey, ...listValues("leadIds", leadIds) });
  }

  byIds(ids: readonly string[]): Promise<PredictionRow[]> {
    return this.db
      .select(summaryColumns)
      .from(predictions)
      .where(and(eq(predictions.organizationId, this.organizationId), inArray(predictions.id, [...ids])));
  }

  factorsByIds(ids: readonly string[]): Promise<PredictionFactorsRow[]> {
    return factorsRead(this.db, ids.length).execute({ organizationId: this.organizationId, ...listValues("ids", ids) });
  }

  actionsByIds(ids: readonly string[]): Promise<PredictionActionsRow[]> {
    return actionsRead(this.db, ids.length).execute({ organizationId: this.organizationId, ...listValues("ids", ids) });
  }

  upsertMany(rows: NewPredictionRow[]): Promise<PredictionRow[]> {
    if (rows.length === 0) return Promise.resolve([]);
    return this.db
      .insert(predictions)
      .values(rows.map((row) => ({ ...row, organizationId: this.organizationId })))
      .onConflictDoUpdate({
        target: [predictions.organizationId, predictions.leadId, predictions.modelKey, predictions.kind],
        set: {
          modelVersion: sql`excluded.model_version`,
          fingerprint: sql`excluded.fingerprint`,
          probability: sql`excluded.probability`,
          confidence: sql`excluded.confidence`,
          personalized: sql`excluded.personalized`,
          factors: sql`excluded.factors`,
          reasoning: sql`excluded.reasoning`,
          actionPriority: sql`excluded.action_priority`,
          actions: sql`excluded.actions`,
          predictedAt: sql`excluded.predicted_at`,
        },
      })
      .returning(summaryColumns);
  }
}
