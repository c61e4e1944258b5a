/**
 * Reads an organization's closed leads and their activities as training data: the sales
 * subgraph's lead rows and conversions (read only) and scoring's own activities. Two queries.
 */
import { and, asc, eq, inArray, isNotNull, max } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import type { LeadFacts } from "../model/features";
import { toLeadFacts } from "../lead/lead-facts";
import { salesLeadColumns, type ActivityRow } from "../lead/lead-facts.repository";

const { leads, activities, conversions } = schema;
const CLOSED = ["WON", "LOST"] as const;

export interface TrainingLead {
  assignedToId: string | null;
  facts: LeadFacts;
}

export class TrainingDataRepository {
  constructor(
    private readonly db: Database,
    private readonly organizationId: string,
  ) {}

  async closedLeads(): Promise<TrainingLead[]> {
    const closed = and(eq(leads.organizationId, this.organizationId), inArray(leads.status, [...CLOSED]));
    const [rows, acts] = await Promise.all([
      this.db
        .select(salesLeadColumns)
        .from(leads)
        .where(closed),
      this.db
        .select({ activity: activities })
        .from(activities)
        .innerJoin(leads, eq(leads.id, activities.leadId))
        .where(and(eq(activities.organizationId, this.organizationId), closed))
        .orderBy(asc(activities.occurredAt)),
    ]);
    const byLead = new Map<string, ActivityRow[]>();
    for (const { activity } of acts) {
      const list = byLead.get(activity.leadId);
      if (list) list.push(activity);
      else byLead.set(activity.leadId, [activity]);
    }
    return rows.filter((r) => r.closedAt).map((row) => ({ assignedToId: row.assignedToId, facts: toLeadFacts(row, byLead.get(row.id) ?? []) }));
  }

  /** Each rep with outcomes and when their latest outcome was recorded. */
  async latestOutcomeByRep(): Promise<Map<string, Date>> {
    const rows = await this.db
      .select({ userId: leads.assignedToId, recordedAt: max(conversions.createdAt) })
      .from(conversions)
      .innerJoin(leads, eq(leads.id, conversions.leadId))
      .where(and(eq(conversions.organizationId, this.organizationId), isNotNull(leads.assignedToId)))
      .groupBy(leads.assignedToId);
    return new Map(rows.filter((r) => r.userId && r.recordedAt).map((r) => [r.userId!, new Date(r.recordedAt!)]));
  }
}
