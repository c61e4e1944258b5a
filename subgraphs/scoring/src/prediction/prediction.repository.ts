/** Cached predictions: read many in one query, write many in one statement. */
import { and, eq, inArray, sql } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";

export type PredictionRow = typeof schema.predictions.$inferSelect;
export type NewPredictionRow = Omit<typeof schema.predictions.$inferInsert, "organizationId" | "id">;

const { predictions } = schema;

export class PredictionRepository {
  constructor(
    private readonly db: Database,
    private readonly organizationId: string,
  ) {}

  byLeads(modelKey: string, leadIds: readonly string[]): Promise<PredictionRow[]> {
    return this.db
      .select()
      .from(predictions)
      .where(and(eq(predictions.organizationId, this.organizationId), eq(predictions.modelKey, modelKey), inArray(predictions.leadId, [...leadIds])));
  }

  byIds(ids: readonly string[]): Promise<PredictionRow[]> {
    return this.db
      .select()
      .from(predictions)
      .where(and(eq(predictions.organizationId, this.organizationId), inArray(predictions.id, [...ids])));
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
          predictedAt: sql`excluded.predicted_at`,
        },
      })
      .returning();
  }
}
