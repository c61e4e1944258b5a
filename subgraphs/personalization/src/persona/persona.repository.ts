/** SQL for personas: the stored model and every profile's behaviour with its lead's status and revenue to date, scoped to the caller's organization. */
import { and, count, eq } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import { revenueSql } from "../profile-list/profile-list.repository";

const { personaModels, customerProfiles: profiles, leadsForPersonalization: leads } = schema;
export type PersonaModelRow = typeof personaModels.$inferSelect;

export class PersonaRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  async find(): Promise<PersonaModelRow | undefined> {
    return (await this.db.select().from(personaModels).where(eq(personaModels.organizationId, this.organizationId)))[0];
  }

  async save(row: Omit<PersonaModelRow, "organizationId">): Promise<void> {
    await this.db
      .insert(personaModels)
      .values({ ...row, organizationId: this.organizationId })
      .onConflictDoUpdate({ target: personaModels.organizationId, set: row });
  }

  async profileCount(): Promise<number> {
    return (await this.db.select({ n: count() }).from(profiles).where(eq(profiles.organizationId, this.organizationId)))[0]?.n ?? 0;
  }

  /** Every profile of the organization with the columns personas use, its lead's status and revenue to date. */
  members() {
    return this.db
      .select({
        leadId: profiles.leadId,
        totalSessions: profiles.totalSessions,
        viewedItems: profiles.viewedItems,
        interests: profiles.interests,
        objections: profiles.objections,
        sentimentHistory: profiles.sentimentHistory,
        siteVisitsScheduled: profiles.siteVisitsScheduled,
        callbacksRequested: profiles.callbacksRequested,
        brochuresDownloaded: profiles.brochuresDownloaded,
        lastActiveAt: profiles.lastActiveAt,
        status: leads.status,
        revenue: revenueSql().mapWith(Number),
      })
      .from(profiles)
      .innerJoin(leads, and(eq(leads.id, profiles.leadId), eq(leads.organizationId, profiles.organizationId)))
      .where(eq(profiles.organizationId, this.organizationId));
  }
}
