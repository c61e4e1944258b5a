/**
 * Reads what scoring knows about leads: the sales subgraph's lead rows (through the read-only view
 * sales.leads_for_scoring) and scoring's own activities, scoped to one organization.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";

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

  /** All activities of these leads, oldest first. */
  activitiesByLeadIds(ids: readonly string[]): Promise<ActivityRow[]> {
    return this.db
      .select()
      .from(activities)
      .where(and(eq(activities.organizationId, this.organizationId), inArray(activities.leadId, [...ids])))
      .orderBy(asc(activities.occurredAt));
  }

  scoresByLeadIds(ids: readonly string[]): Promise<LeadScoreRow[]> {
    return this.db
      .select()
      .from(leadScores)
      .where(and(eq(leadScores.organizationId, this.organizationId), inArray(leadScores.leadId, [...ids])));
  }
}
