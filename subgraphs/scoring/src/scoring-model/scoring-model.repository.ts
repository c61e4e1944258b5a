/** SQL for trained models, scoped to one organization. */
import { ENCODER_FORMAT } from "../model/encoder";
import { WINDOW_DAYS } from "../next-action/action-evidence";
import type { TrainedModel } from "../model/model-types";
import { parseStoredModel } from "./stored-model";
import { and, desc, eq, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { inList, listValues, preparedRead, schema, type Database } from "@revgraph/db";

/** A stored model with its JSON checked (stored-model.ts): `model` is null when it cannot be served (older format, malformed). */
export type ScoringModelRow = Omit<typeof schema.scoringModels.$inferSelect, "model"> & { model: TrainedModel | null };
/** An active model without its JSON (see `activeSummariesForUsers`). */
export type ServingModelSummary = Pick<typeof schema.scoringModels.$inferSelect, "id" | "userId" | "version"> & { currentFormat: boolean };
type Executor = Pick<Database, "select" | "insert" | "update" | "execute">;

const { scoringModels } = schema;

function checked(row: typeof scoringModels.$inferSelect): ScoringModelRow {
  return { ...row, model: parseStoredModel(row.model) };
}

const activeSummariesRead = preparedRead((db, size) =>
  db
    .select({
      id: scoringModels.id,
      userId: scoringModels.userId,
      version: scoringModels.version,
      currentFormat: sql<boolean>`coalesce(${currentFormat}, false)`,
    })
    .from(scoringModels)
    .where(
      and(
        eq(scoringModels.organizationId, sql.placeholder("organizationId")),
        eq(scoringModels.active, true),
        or(inList(scoringModels.userId, "userIds", size), isNull(scoringModels.userId)),
      ),
    )
    .prepare("scoring_active_model_summaries"),
);

export class ScoringModelRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  private owner(userId: string | null) {
    return and(eq(scoringModels.organizationId, this.organizationId), userId === null ? isNull(scoringModels.userId) : eq(scoringModels.userId, userId));
  }

  /** The active rep model of `userId` and the active organization model (either may be missing). */
  async activeFor(userId: string): Promise<{ rep: ScoringModelRow | null; organization: ScoringModelRow | null }> {
    const rows = await this.activeForUsers([userId]);
    return { rep: rows.find((r) => r.userId === userId) ?? null, organization: rows.find((r) => r.userId === null) ?? null };
  }

  /** Active models of these users plus the organization's, in one query. */
  async activeForUsers(userIds: readonly string[]): Promise<ScoringModelRow[]> {
    const rows = await this.db
      .select()
      .from(scoringModels)
      .where(
        and(eq(scoringModels.organizationId, this.organizationId), eq(scoringModels.active, true), or(inArray(scoringModels.userId, [...userIds]), isNull(scoringModels.userId))),
      );
    return rows.map(checked);
  }

  /**
   * What serves these users without the model JSON or its action evidence: id, owner and version of
   * the active rep models and the organization's, and whether each is in today's feature format.
   * Cached predictions are found by model id, so a page of them never reads or parses a model.
   */
  activeSummariesForUsers(userIds: readonly string[]): Promise<ServingModelSummary[]> {
    return activeSummariesRead(this.db, userIds.length).execute({ organizationId: this.organizationId, ...listValues("userIds", userIds) });
  }

  /** A model's action evidence as stored (about 18 KB); read only when next actions must be ranked. */
  async evidenceById(id: string): Promise<unknown> {
    const [row] = await this.db
      .select({ evidence: scoringModels.actionEvidence })
      .from(scoringModels)
      .where(and(eq(scoringModels.organizationId, this.organizationId), eq(scoringModels.id, id)));
    return row?.evidence ?? null;
  }

  /** A model's JSON, checked (null when it cannot be served); read only when a prediction must be computed. */
  async modelById(id: string): Promise<TrainedModel | null> {
    const [row] = await this.db
      .select({ model: scoringModels.model })
      .from(scoringModels)
      .where(and(eq(scoringModels.organizationId, this.organizationId), eq(scoringModels.id, id)));
    return row ? parseStoredModel(row.model) : null;
  }

  /** When each rep's latest model in today's feature format was trained (active or not); a rep with only older models is missing, so it is retrained. */
  async latestTrainingByRep(): Promise<Map<string, Date>> {
    const rows = await this.db
      .select({ userId: scoringModels.userId, trainedAt: sql<string>`max(${scoringModels.trainedAt})` })
      .from(scoringModels)
      .where(and(eq(scoringModels.organizationId, this.organizationId), isNotNull(scoringModels.userId), currentFormat))
      .groupBy(scoringModels.userId);
    return new Map(rows.map((r) => [r.userId!, new Date(r.trainedAt)]));
  }

  /** Reps whose active model carries action evidence counted an older way (it is not served): they are retrained. */
  async repsWithOutdatedEvidence(): Promise<string[]> {
    const rows = await this.db
      .select({ userId: scoringModels.userId })
      .from(scoringModels)
      .where(and(eq(scoringModels.organizationId, this.organizationId), isNotNull(scoringModels.userId), eq(scoringModels.active, true), sql`not ${currentEvidence}`));
    return rows.map((r) => r.userId!);
  }

  async history(userId: string | null, limit: number): Promise<ScoringModelRow[]> {
    const rows = await this.db.select().from(scoringModels).where(this.owner(userId)).orderBy(desc(scoringModels.version)).limit(limit);
    return rows.map(checked);
  }

  async byVersion(userId: string | null, version: number): Promise<ScoringModelRow | undefined> {
    const rows = await this.db
      .select()
      .from(scoringModels)
      .where(and(this.owner(userId), eq(scoringModels.version, version)));
    return rows[0] && checked(rows[0]);
  }

  /** Inserts a model with the next version for its owner; activates it (retiring the previous) when asked. */
  async insert(tx: Executor, row: Omit<typeof scoringModels.$inferInsert, "organizationId" | "version" | "active">, activate: boolean): Promise<ScoringModelRow> {
    // Serializes version numbering per owner across replicas.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${this.organizationId}:${row.userId ?? ""}`}))`);
    const [last] = await tx
      .select({ version: sql<number>`coalesce(max(${scoringModels.version}), 0)::int` })
      .from(scoringModels)
      .where(this.owner(row.userId ?? null));
    if (activate) await this.deactivate(tx, row.userId ?? null);
    const [inserted] = await tx
      .insert(scoringModels)
      .values({ ...row, organizationId: this.organizationId, version: (last?.version ?? 0) + 1, active: activate, activatedAt: activate ? row.trainedAt : null })
      .returning();
    return checked(inserted!);
  }

  /**
   * Replaces a model's action evidence, for a model kept active over a retraining (see
   * TrainingService.storeRep), and marks the predictions it cached stale: their next actions were
   * ranked with the old count.
   */
  async setEvidence(tx: Executor, id: string, evidence: unknown): Promise<void> {
    await tx
      .update(scoringModels)
      .set({ actionEvidence: evidence })
      .where(and(eq(scoringModels.organizationId, this.organizationId), eq(scoringModels.id, id)));
    await tx
      .update(schema.predictions)
      .set({ fingerprint: "" })
      .where(and(eq(schema.predictions.organizationId, this.organizationId), eq(schema.predictions.modelKey, id)));
  }

  /** Makes `version` the owner's active model; changes nothing when there is no such version. */
  async activate(tx: Executor, userId: string | null, version: number, now: Date): Promise<ScoringModelRow | undefined> {
    const [target] = await tx
      .select({ id: scoringModels.id })
      .from(scoringModels)
      .where(and(this.owner(userId), eq(scoringModels.version, version)));
    if (!target) return undefined;
    await this.deactivate(tx, userId);
    const rows = await tx.update(scoringModels).set({ active: true, activatedAt: now }).where(eq(scoringModels.id, target.id)).returning();
    return rows[0] && checked(rows[0]);
  }

  /** Leaves the owner without an active model: a rep then uses the organization's. */
  async deactivate(tx: Executor, userId: string | null): Promise<void> {
    await tx
      .update(scoringModels)
      .set({ active: false })
      .where(and(this.owner(userId), eq(scoringModels.active, true)));
  }
}

/** Models whose encoder is in today's format (older ones cannot score today's features). */
const currentFormat = sql`(${scoringModels.model} -> 'encoder' ->> 'format') = ${String(ENCODER_FORMAT)}`;

/** Models whose action evidence is counted today's way (landmarks, this window: action-evidence.ts), or that carry none. */
const currentEvidence = sql`(${scoringModels.actionEvidence} is null or coalesce((${scoringModels.actionEvidence} ->> 'windowDays') = ${String(WINDOW_DAYS)}, false))`;

/**
 * Whether any organization's active model was trained in an older feature format (it serves the
 * default model until retrained) or carries action evidence counted an older way (it serves none).
 */
export async function hasOutdatedActiveModels(db: Database): Promise<boolean> {
  const rows = await db
    .select({ id: scoringModels.id })
    .from(scoringModels)
    .where(and(eq(scoringModels.active, true), sql`not (${currentFormat} and ${currentEvidence})`))
    .limit(1);
  return rows.length > 0;
}
