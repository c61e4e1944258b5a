/** SQL for purchase timing: the stored model, and the organization's leads (sales.leads_for_personalization) with their profiles' stage history. */
import { and, count, eq, inArray, isNotNull } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import { isUuid } from "@revgraph/graph";
import type { TimingLead } from "./time-to-event";

const { purchaseTimingModels: models, leadsForPersonalization: leads, customerProfiles: profiles } = schema;
export type PurchaseTimingModelRow = typeof models.$inferSelect;

export class PurchaseTimingRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  async find(): Promise<PurchaseTimingModelRow | undefined> {
    return (await this.db.select().from(models).where(eq(models.organizationId, this.organizationId)))[0];
  }

  async save(row: Omit<PurchaseTimingModelRow, "organizationId">): Promise<void> {
    await this.db
      .insert(models)
      .values({ ...row, organizationId: this.organizationId })
      .onConflictDoUpdate({ target: models.organizationId, set: row });
  }

  async closedCount(): Promise<number> {
    return (
      (
        await this.db
          .select({ n: count() })
          .from(leads)
          .where(and(eq(leads.organizationId, this.organizationId), isNotNull(leads.closedAt)))
      )[0]?.n ?? 0
    );
  }

  /** Every lead of the organization, or only those given, with its profile's stage history. */
  async leads(leadIds?: readonly string[]): Promise<TimingLead[]> {
    const conditions = [eq(leads.organizationId, this.organizationId)];
    if (leadIds) {
      const valid = leadIds.filter(isUuid);
      if (valid.length === 0) return [];
      conditions.push(inArray(leads.id, valid));
    }
    const rows = await this.db
      .select({ id: leads.id, createdAt: leads.createdAt, closedAt: leads.closedAt, status: leads.status, source: leads.source, stageHistory: profiles.stageHistory })
      .from(leads)
      .leftJoin(profiles, and(eq(profiles.leadId, leads.id), eq(profiles.organizationId, leads.organizationId)))
      .where(and(...conditions));
    return rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      closedAt: row.closedAt,
      status: row.status,
      source: row.source,
      stages: (row.stageHistory ?? []).map((s) => ({ stage: s.stage, at: new Date(s.at) })),
    }));
  }
}
