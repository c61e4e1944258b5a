/** SQL for recovery candidates: the organization's profiles with repeated interest that went silent. */
import { and, desc, eq, lte, sql, type SQL } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import { REPEAT_VIEWS } from "./recovery";

export type RecoveryProfileRow = Pick<typeof schema.customerProfiles.$inferSelect, "id" | "leadId" | "viewedItems" | "interests" | "lastActiveAt">;

export interface RecoveryCursor {
  lastActiveAt: Date;
  id: string;
}

const { customerProfiles: profiles } = schema;

export class RecoveryRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  /**
   * Profiles silent since `silentSince` with an item viewed ≥ 3 times or a HIGH interest, most
   * recently active first. Closed leads (stage closed_won or closed_lost) are not abandoned interest.
   */
  page(silentSince: Date, limit: number, after?: RecoveryCursor): Promise<RecoveryProfileRow[]> {
    const conditions: SQL[] = [
      eq(profiles.organizationId, this.organizationId),
      lte(profiles.lastActiveAt, silentSince),
      sql`coalesce(${profiles.currentStage}, '') not in ('closed_won', 'closed_lost')`,
      sql`(exists (select 1 from jsonb_array_elements(${profiles.viewedItems}) v where (v->>'viewCount')::int >= ${REPEAT_VIEWS})
           or exists (select 1 from jsonb_array_elements(${profiles.interests}) i where i->>'level' = 'HIGH'))`,
    ];
    if (after) conditions.push(sql`(${profiles.lastActiveAt}, ${profiles.id}) < (${after.lastActiveAt.toISOString()}::timestamptz, ${after.id}::uuid)`);
    return this.db
      .select({ id: profiles.id, leadId: profiles.leadId, viewedItems: profiles.viewedItems, interests: profiles.interests, lastActiveAt: profiles.lastActiveAt })
      .from(profiles)
      .where(and(...conditions))
      .orderBy(desc(profiles.lastActiveAt), desc(profiles.id))
      .limit(limit);
  }
}
