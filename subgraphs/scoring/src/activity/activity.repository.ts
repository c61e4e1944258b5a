/** SQL for activities, scoped to the caller's organization. */
import { inArray, sql } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@revgraph/db";
import { recomputeScores } from "../score/lead-score.repository";
import type { ActivityType } from "./activity.type";

type Tx = Transaction;

export class ActivityRepository {
  constructor(readonly organizationId: string) {}

  async insertMany(tx: Tx, rows: { leadId: string; type: ActivityType; occurredAt: Date; recordedBy: string }[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 1000) {
      await tx.insert(schema.activities).values(rows.slice(i, i + 1000).map((row) => ({ ...row, organizationId: this.organizationId })));
    }
  }

  recomputeScores(tx: Tx, leadIds: string[], now: Date): Promise<number> {
    return recomputeScores(tx, this.organizationId, sql`${inArray(sql`a.lead_id`, leadIds)}`, now);
  }
}
