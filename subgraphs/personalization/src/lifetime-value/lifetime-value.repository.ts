/** SQL for the organization's fitted lifetime-value model (one row per organization). */
import { eq } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";

export type LifetimeValueModelRow = typeof schema.lifetimeValueModels.$inferSelect;

const { lifetimeValueModels: models } = schema;

export class LifetimeValueRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  async find(): Promise<LifetimeValueModelRow | undefined> {
    const rows = await this.db.select().from(models).where(eq(models.organizationId, this.organizationId));
    return rows[0];
  }

  async save(row: Omit<LifetimeValueModelRow, "organizationId">): Promise<void> {
    await this.db
      .insert(models)
      .values({ ...row, organizationId: this.organizationId })
      .onConflictDoUpdate({ target: models.organizationId, set: row });
  }
}
