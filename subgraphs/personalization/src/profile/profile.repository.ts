/** SQL for customer profiles, always scoped to the caller's organization. */
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { inList, listValues, preparedRead, schema, type Database, type Transaction } from "@revgraph/db";
import { isUuid } from "@revgraph/graph";
import type { ProfileState } from "./profile-merge";
import type { ScoringCounts } from "./profile-scoring";
import { interestCountSql, sentimentSql, viewedCountSql } from "./profile.sql";

export type ProfileRow = typeof schema.customerProfiles.$inferSelect;
/** A profile's id, lead and what its scores are computed from, without its lists. */
export type ProfileSummaryRow = { id: string; leadId: string } & ScoringCounts;
type Tx = Transaction;

const { customerProfiles: profiles } = schema;

const byLeadIdsRead = preparedRead((db, size) =>
  db
    .select()
    .from(profiles)
    .where(and(eq(profiles.organizationId, sql.placeholder("organizationId")), inList(profiles.leadId, "leadIds", size)))
    .prepare("personalization_profiles_by_leads"),
);

const summariesByLeadIdsRead = preparedRead((db, size) =>
  db
    .select({
      id: profiles.id,
      leadId: profiles.leadId,
      totalSessions: profiles.totalSessions,
      viewedItems: viewedCountSql(),
      interests: interestCountSql(),
      sentiment: sentimentSql(),
      siteVisitsScheduled: profiles.siteVisitsScheduled,
      callbacksRequested: profiles.callbacksRequested,
    })
    .from(profiles)
    .where(and(eq(profiles.organizationId, sql.placeholder("organizationId")), inList(profiles.leadId, "leadIds", size)))
    .prepare("personalization_profile_summaries_by_leads"),
);

export class ProfileRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  private owned(): SQL {
    return eq(profiles.organizationId, this.organizationId);
  }

  /** Ids that are not UUIDs cannot match (and would make the uuid column comparison fail). */
  findByIds(ids: readonly string[]): Promise<ProfileRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(profiles)
      .where(and(this.owned(), inArray(profiles.id, valid)));
  }

  findByLeadIds(leadIds: readonly string[]): Promise<ProfileRow[]> {
    const valid = leadIds.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return byLeadIdsRead(this.db, valid.length).execute({ organizationId: this.organizationId, ...listValues("leadIds", valid) });
  }

  /** Like findByLeadIds, for a selection of the scores only: the counts they are computed from instead of the lists. */
  summariesByLeadIds(leadIds: readonly string[]): Promise<ProfileSummaryRow[]> {
    const valid = leadIds.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return summariesByLeadIdsRead(this.db, valid.length).execute({ organizationId: this.organizationId, ...listValues("leadIds", valid) });
  }

  /** Locks the lead's profile for the rest of the transaction. */
  async lockByLead(tx: Tx, leadId: string): Promise<ProfileRow | undefined> {
    const rows = await tx
      .select()
      .from(profiles)
      .where(and(this.owned(), eq(profiles.leadId, leadId)))
      .for("update");
    return rows[0];
  }

  /** Creates the lead's profile; undefined when a concurrent call created it first. */
  async insert(tx: Tx, leadId: string, state: ProfileState): Promise<ProfileRow | undefined> {
    const rows = await tx
      .insert(profiles)
      .values({ ...state, organizationId: this.organizationId, leadId })
      .onConflictDoNothing({ target: [profiles.organizationId, profiles.leadId] })
      .returning();
    return rows[0];
  }

  async update(tx: Tx, id: string, state: ProfileState): Promise<ProfileRow> {
    const rows = await tx
      .update(profiles)
      .set({ ...state, updatedAt: new Date() })
      .where(and(this.owned(), eq(profiles.id, id)))
      .returning();
    return rows[0]!;
  }
}
