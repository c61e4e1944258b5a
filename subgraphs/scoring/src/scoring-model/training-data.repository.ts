/**
 * Reads an organization's leads and their activities as training data: the sales subgraph's lead
 * rows and conversions (through its read-only views for scoring) and scoring's own activities.
 * Two queries. Open leads are training data too: the landmark rows of a lead that stayed open
 * past the horizon are losses, and the backtest scores leads that were open at a past date,
 * whatever they are today.
 */
import { and, asc, eq, inArray, isNotNull, max } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import type { LeadFacts } from "../model/features";
import { toLeadFacts } from "../lead/lead-facts";
import { salesLeadColumns, type ActivityRow } from "../lead/lead-facts.repository";

const { leadsForScoring: leads, activities, conversionsForScoring: conversions } = schema;
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

  /** Every lead of the organization, open or closed, with its activities. */
  async leads(): Promise<TrainingLead[]> {
    const [rows, acts] = await Promise.all([
      this.db.select(salesLeadColumns).from(leads).where(eq(leads.organizationId, this.organizationId)),
      this.db.select({ activity: activities }).from(activities).where(eq(activities.organizationId, this.organizationId)).orderBy(asc(activities.occurredAt)),
    ]);
    const byLead = new Map<string, ActivityRow[]>();
    for (const { activity } of acts) {
      const list = byLead.get(activity.leadId);
      if (list) list.push(activity);
      else byLead.set(activity.leadId, [activity]);
    }
    return rows.map((row) => ({ assignedToId: row.assignedToId, facts: toLeadFacts(row, byLead.get(row.id) ?? []) }));
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
