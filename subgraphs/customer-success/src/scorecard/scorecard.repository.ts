/** SQL for the organization's scorecard (one row per organization, absent until changed). */
import { eq } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@revgraph/db";
import type { MeasureWeight } from "./scorecard-measures";

export type ScorecardRow = typeof schema.scorecards.$inferSelect;
const { scorecards } = schema;

export class ScorecardRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  async find(db: Database | Transaction = this.db): Promise<ScorecardRow | undefined> {
    const rows = await db.select().from(scorecards).where(eq(scorecards.organizationId, this.organizationId));
    return rows[0];
  }

  async save(tx: Transaction, measures: MeasureWeight[], updatedBy: string, now: Date): Promise<ScorecardRow> {
    const [row] = await tx
      .insert(scorecards)
      .values({ organizationId: this.organizationId, measures, updatedBy, updatedAt: now })
      .onConflictDoUpdate({ target: scorecards.organizationId, set: { measures, updatedBy, updatedAt: now } })
      .returning();
    return row!;
  }
}
