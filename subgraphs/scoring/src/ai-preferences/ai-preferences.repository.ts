/** SQL for the caller's own assistant preferences: scoped to their organization and user id. */
import { and, eq, sql } from "drizzle-orm";
import { preparedRead, schema, type Database } from "@revgraph/db";

export type AiPreferencesRow = typeof schema.userAiPreferences.$inferSelect;
export type AiPreferencesValues = Omit<AiPreferencesRow, "organizationId" | "userId" | "updatedAt">;

const { userAiPreferences: prefs } = schema;

const findRead = preparedRead((db) =>
  db
    .select()
    .from(prefs)
    .where(and(eq(prefs.organizationId, sql.placeholder("organizationId")), eq(prefs.userId, sql.placeholder("userId"))))
    .prepare("scoring_ai_preferences"),
);

export class AiPreferencesRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
    readonly userId: string,
  ) {}

  async find(): Promise<AiPreferencesRow | undefined> {
    const rows = await findRead(this.db).execute({ organizationId: this.organizationId, userId: this.userId });
    return rows[0];
  }

  async save(values: AiPreferencesValues): Promise<AiPreferencesRow> {
    const rows = await this.db
      .insert(prefs)
      .values({ ...values, organizationId: this.organizationId, userId: this.userId })
      .onConflictDoUpdate({ target: [prefs.organizationId, prefs.userId], set: { ...values, updatedAt: new Date() } })
      .returning();
    return rows[0]!;
  }
}
