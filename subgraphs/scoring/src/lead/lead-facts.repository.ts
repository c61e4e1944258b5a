/**
 * Reads what scoring knows about leads: the sales subgraph's lead rows (through the read-only view
 * sales.leads_for_scoring) and scoring's own activities, scoped to one organization.
 */
import { and, asc, count, eq, inArray, max, sql } from "drizzle-orm";
import { inList, listValues, preparedRead, schema, type Database } from "@revgraph/db";

export type SalesLeadRow = Omit<typeof schema.leadsForScoring.$inferSelect, "organizationId" | "value">;
export type ActivityRow = typeof schema.activities.$inferSelect;

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

const stateRead = preparedRead((db, size) =>
  db
    .select({
      id: leads.id,
      updatedAt: epochMs(leads.updatedAt),
      activities: count(activities.id),
      recordedAt: epochMs(max(activities.createdAt)),
      // A lead has at most one score row: max() reads it without grouping by it (which sorts).
      score: max(leadScores.score),
      scoreUpdatedAt: max(leadScores.scoreUpdatedAt),
    })
    .from(leads)
    .leftJoin(activities, and(eq(activities.organizationId, leads.organizationId), eq(activities.leadId, leads.id)))
    .leftJoin(leadScores, and(eq(leadScores.organizationId, leads.organizationId), eq(leadScores.leadId, leads.id)))
    .where(and(eq(leads.organizationId, sql.placeholder("organizationId")), inList(leads.id, "ids", size)))
    .groupBy(leads.id, leads.updatedAt)
    .prepare("scoring_lead_states"),
);

/** What scoring knows of a lead without reading its row or activities: see LeadFactsRepository.states. */
export interface LeadState {
  id: string;
  fingerprint: string;
  /** The engagement score and when it was computed; null before the lead's first activity. */
  score: { value: number; updatedAt: Date } | null;
}

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
   * Per lead, in one statement: what a cached prediction's inputs looked like, without reading them
   * (the fingerprint: the lead's last update, its number of activities and when the newest was
   * recorded, "updatedAt:count:recordedAt" in milliseconds; any edit, close or new activity changes
   * it), and its engagement score. Leads of other organizations are absent.
   */
  async states(ids: readonly string[]): Promise<LeadState[]> {
    const rows = await stateRead(this.db, ids.length).execute({ organizationId: this.organizationId, ...listValues("ids", ids) });
    return rows.map((row) => ({
      id: row.id,
      fingerprint: `${row.updatedAt}:${row.activities}:${row.recordedAt}`,
      score: row.score === null || row.scoreUpdatedAt === null ? null : { value: row.score, updatedAt: row.scoreUpdatedAt },
    }));
  }

  /** All activities of these leads, oldest first. */
  activitiesByLeadIds(ids: readonly string[]): Promise<ActivityRow[]> {
    return this.db
      .select()
      .from(activities)
      .where(and(eq(activities.organizationId, this.organizationId), inArray(activities.leadId, [...ids])))
      .orderBy(asc(activities.occurredAt));
  }
}
