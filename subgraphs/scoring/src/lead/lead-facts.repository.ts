/**
 * Reads what scoring knows about leads: the sales subgraph's lead rows (through the read-only view
 * sales.leads_for_scoring) and scoring's own activities, scoped to one organization.
 */
import { and, asc, count, eq, inArray, max, sql } from "drizzle-orm";
import { inList, listValues, preparedRead, schema, type Database } from "@revgraph/db";

export type SalesLeadRow = Omit<typeof schema.leadsForScoring.$inferSelect, "organizationId" | "value">;
export type ActivityRow = typeof schema.activities.$inferSelect;
export type LeadScoreRow = typeof schema.leadScores.$inferSelect;

const { leadsForScoring: leads, activities, leadScores } = schema;

/** The lead columns scoring reads: what features and labels are made of. */
export const salesLeadColumns = {
  id: leads.id,
  status: leads.status,
  source: leads.source,
  attributes: leads.attributes,
  assignedToId: leads.assignedToId,
  createdAt: leads.createdAt,
  updatedAt: leads.updatedAt,
  closedAt: leads.closedAt,
};

const epochMs = (column: unknown) => sql<string>`coalesce(floor(extract(epoch from ${column}) * 1000)::bigint, 0)::text`;

const fingerprintsRead = preparedRead((db, size) =>
  db
    .select({
      id: leads.id,
      updatedAt: epochMs(leads.updatedAt),
      activities: count(activities.id),
      recordedAt: epochMs(max(activities.createdAt)),
    })
    .from(leads)
    .leftJoin(activities, and(eq(activities.organizationId, leads.organizationId), eq(activities.leadId, leads.id)))
    .where(and(eq(leads.organizationId, sql.placeholder("organizationId")), inList(leads.id, "ids", size)))
    .groupBy(leads.id, leads.updatedAt)
    .prepare("scoring_lead_fingerprints"),
);

const scoresRead = preparedRead((db, size) =>
  db
    .select()
    .from(leadScores)
    .where(and(eq(leadScores.organizationId, sql.placeholder("organizationId")), inList(leadScores.leadId, "ids", size)))
    .prepare("scoring_lead_scores"),
);

export class LeadFactsRepository {
  constructor(
    private readonly db: Database,
    private readonly organizationId: string,
  ) {}

  leadsByIds(ids: readonly string[]): Promise<SalesLeadRow[]> {
    return this.db
      .select(salesLeadColumns)
      .from(leads)
      .where(and(eq(leads.organizationId, this.organizationId), inArray(leads.id, [...ids])));
  }

  /**
   * What a cached prediction's inputs looked like, per lead, without reading them: the lead's last
   * update, its number of activities and when the newest was recorded ("updatedAt:count:recordedAt",
   * milliseconds). Any edit, close or new activity changes it. Leads of other organizations are absent.
   */
  async fingerprints(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await fingerprintsRead(this.db, ids.length).execute({ organizationId: this.organizationId, ...listValues("ids", ids) });
    return new Map(rows.map((row) => [row.id, `${row.updatedAt}:${row.activities}:${row.recordedAt}`]));
  }

  /** All activities of these leads, oldest first. */
  activitiesByLeadIds(ids: readonly string[]): Promise<ActivityRow[]> {
    return this.db
      .select()
      .from(activities)
      .where(and(eq(activities.organizationId, this.organizationId), inArray(activities.leadId, [...ids])))
      .orderBy(asc(activities.occurredAt));
  }

  scoresByLeadIds(ids: readonly string[]): Promise<LeadScoreRow[]> {
    return scoresRead(this.db, ids.length).execute({ organizationId: this.organizationId, ...listValues("ids", ids) });
  }
}
