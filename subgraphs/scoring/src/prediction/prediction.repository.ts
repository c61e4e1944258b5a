/** Cached predictions: read many in one query, write many in one statement; factors and actions only when asked for. */
import { and, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import { inList, listValues, preparedRead, schema, type Database } from "@revgraph/db";
import type { StoredAction, StoredFactor } from "@revgraph/db/schema";
import { DEFAULT_FACTORS } from "./prediction-factors";

const { predictions } = schema;
const { factors: _factors, topFactors: _topFactors, actions: _actions, ...summaryColumns } = getTableColumns(predictions);

/** A cached prediction without its factors and actions, which many lists do not ask for (read them with `factorsByIds`, `actionsByIds`). */
export type PredictionRow = Omit<typeof predictions.$inferSelect, "factors" | "topFactors" | "actions">;
/** A prediction to store; its `topFactors` are taken from `factors`. */
export type NewPredictionRow = Omit<typeof predictions.$inferInsert, "organizationId" | "id" | "topFactors">;
export interface PredictionFactorsRow {
  id: string;
  factors: StoredFactor[];
  /** Whether these are all the kept factors, or only the first DEFAULT_FACTORS (what a list reads). */
  complete: boolean;
}
export interface PredictionActionsRow {
  id: string;
  actions: StoredAction[] | null;
}

/** What a read of cached predictions brings beside the summary: how many of the stored factors (0 for none), the stored actions. */
export interface PredictionExtras {
  factors: number;
  actions: boolean;
}

/** A cached prediction with whichever of its factors and actions were asked for. */
export type PredictionWithExtras = PredictionRow & { factors?: StoredFactor[]; factorsComplete?: boolean; actions?: StoredAction[] | null };

/** Which factors column a read brings: none, the first DEFAULT_FACTORS, or all kept. */
type FactorsRead = "none" | "top" | "all";
const factorsReadFor = (count: number): FactorsRead => (count <= 0 ? "none" : count <= DEFAULT_FACTORS ? "top" : "all");

const inOrganization = eq(predictions.organizationId, sql.placeholder("organizationId"));
const byLeadsReader = (factors: FactorsRead, actions: boolean) =>
  preparedRead((db, size) =>
    db
      .select({
        ...summaryColumns,
        ...(factors === "top" ? { factors: predictions.topFactors } : factors === "all" ? { factors: predictions.factors } : {}),
        ...(actions ? { actions: predictions.actions } : {}),
      })
      .from(predictions)
      .where(and(inOrganization, eq(predictions.modelKey, sql.placeholder("modelKey")), inList(predictions.leadId, "leadIds", size)))
      .prepare(`scoring_predictions_by_leads_${factors}${actions ? "_actions" : ""}`),
  );
const byLeadsReads = {
  none: [byLeadsReader("none", false), byLeadsReader("none", true)],
  top: [byLeadsReader("top", false), byLeadsReader("top", true)],
  all: [byLeadsReader("all", false), byLeadsReader("all", true)],
} satisfies Record<FactorsRead, unknown>;
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

  /**
   * The cached predictions of these leads by this model; with their factors or actions too when
   * `extras` asks (one statement either way). Up to DEFAULT_FACTORS factors come from the short
   * column, so a list asking for the default count does not read every kept factor.
   */
  async byLeads(modelKey: string, leadIds: readonly string[], extras: PredictionExtras = { factors: 0, actions: false }): Promise<PredictionWithExtras[]> {
    const factors = factorsReadFor(extras.factors);
    const read = byLeadsReads[factors][Number(extras.actions)]!;
    const rows: PredictionWithExtras[] = await read(this.db, leadIds.length).execute({
      organizationId: this.organizationId,
      modelKey,
      ...listValues("leadIds", leadIds),
    });
    if (factors === "none") return rows;
    // The short column holds every kept factor of a prediction that has fewer than DEFAULT_FACTORS.
    for (const row of rows) row.factorsComplete = factors === "all" || row.factors!.length < DEFAULT_FACTORS;
    return rows;
  }

  byIds(ids: readonly string[]): Promise<PredictionRow[]> {
    return this.db
      .select(summaryColumns)
      .from(predictions)
      .where(and(eq(predictions.organizationId, this.organizationId), inArray(predictions.id, [...ids])));
  }

  /** Every kept factor of these predictions. */
  async factorsByIds(ids: readonly string[]): Promise<PredictionFactorsRow[]> {
    const rows = await factorsRead(this.db, ids.length).execute({ organizationId: this.organizationId, ...listValues("ids", ids) });
    return rows.map((row) => ({ ...row, complete: true }));
  }

  actionsByIds(ids: readonly string[]): Promise<PredictionActionsRow[]> {
    return actionsRead(this.db, ids.length).execute({ organizationId: this.organizationId, ...listValues("ids", ids) });
  }

  upsertMany(rows: NewPredictionRow[]): Promise<PredictionRow[]> {
    if (rows.length === 0) return Promise.resolve([]);
    return this.db
      .insert(predictions)
      .values(rows.map((row) => ({ ...row, topFactors: row.factors.slice(0, DEFAULT_FACTORS), organizationId: this.organizationId })))
      .onConflictDoUpdate({
        target: [predictions.organizationId, predictions.leadId, predictions.modelKey, predictions.kind],
        set: {
          modelVersion: sql`excluded.model_version`,
          fingerprint: sql`excluded.fingerprint`,
          probability: sql`excluded.probability`,
          confidence: sql`excluded.confidence`,
          personalized: sql`excluded.personalized`,
          factors: sql`excluded.factors`,
          topFactors: sql`excluded.top_factors`,
          reasoning: sql`excluded.reasoning`,
          actionPriority: sql`excluded.action_priority`,
          actions: sql`excluded.actions`,
          predictedAt: sql`excluded.predicted_at`,
        },
      })
      .returning(summaryColumns);
  }
}
