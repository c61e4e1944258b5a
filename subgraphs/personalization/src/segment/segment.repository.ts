/** SQL for saved segments and their live membership, always scoped to the caller's organization. */
import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import { rowsOf, schema, type Database } from "@revgraph/db";
import type { SegmentFilter } from "@revgraph/db/schema";
import { isUuid } from "@revgraph/graph";
import { revenueSql } from "../profile-list/profile-list.repository";
import { segmentPredicate, type SegmentEvaluation } from "./segment-filter.sql";

export type SegmentRow = typeof schema.segments.$inferSelect;
const { segments, customerProfiles: profiles, leadsForPersonalization: leads } = schema;

/** A member row for return-on-investment figures: which of the asked segments it is in. */
export interface SegmentMemberFacts {
  leadId: string;
  status: string;
  revenue: number;
  memberOf: boolean[];
}

export class SegmentRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  private owned(): SQL {
    return eq(segments.organizationId, this.organizationId);
  }

  findByIds(ids: readonly string[]): Promise<SegmentRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(segments)
      .where(and(this.owned(), inArray(segments.id, valid)));
  }

  list(limit: number): Promise<SegmentRow[]> {
    return this.db.select().from(segments).where(this.owned()).orderBy(asc(segments.name), asc(segments.id)).limit(limit);
  }

  async countAll(): Promise<number> {
    return (await this.db.select({ n: count() }).from(segments).where(this.owned()))[0]?.n ?? 0;
  }

  /** Undefined when the organization already has a segment of that name. */
  async insert(row: { name: string; description: string | null; filter: SegmentFilter; createdById: string }): Promise<SegmentRow | undefined> {
    const rows = await this.db
      .insert(segments)
      .values({ ...row, organizationId: this.organizationId })
      .onConflictDoNothing({ target: [segments.organizationId, segments.name] })
      .returning();
    return rows[0];
  }

  /** Undefined when the segment is not the organization's; throws a unique violation on a taken name. */
  async update(id: string, changes: Partial<Pick<SegmentRow, "name" | "description" | "filter">>): Promise<SegmentRow | undefined> {
    const rows = await this.db
      .update(segments)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(this.owned(), eq(segments.id, id)))
      .returning();
    return rows[0];
  }

  async nameTaken(name: string, exceptId?: string): Promise<boolean> {
    const rows = await this.db
      .select({ id: segments.id })
      .from(segments)
      .where(and(this.owned(), eq(segments.name, name)));
    return rows.some((row) => row.id !== exceptId);
  }

  /** Live member counts of several segments in one pass over the organization's profiles. */
  async memberCounts(filters: readonly SegmentFilter[], at: SegmentEvaluation): Promise<number[]> {
    if (filters.length === 0) return [];
    const columns = filters.map((filter, i) => sql`count(*) filter (where ${segmentPredicate(filter, at)})::int as ${sql.identifier(`s${i}`)}`);
    const rows = await this.db.execute(
      sql`select ${sql.join(columns, sql`, `)} from ${profiles} inner join ${leads} on ${this.joined()} where ${profiles.organizationId} = ${this.organizationId}`,
    );
    const row = rowsOf<Record<string, number>>(rows)[0] ?? {};
    return filters.map((_, i) => Number(row[`s${i}`] ?? 0));
  }

  /** The members of any of the segments, with status, revenue to date and which segments they are in: one query. */
  async memberFacts(filters: readonly SegmentFilter[], at: SegmentEvaluation): Promise<SegmentMemberFacts[]> {
    if (filters.length === 0) return [];
    const flags = filters.map((filter, i) => sql`${segmentPredicate(filter, at)} as ${sql.identifier(`s${i}`)}`);
    const any = sql.join(
      filters.map((filter) => segmentPredicate(filter, at)),
      sql` or `,
    );
    const rows = rowsOf<Record<string, unknown>>(
      await this.db.execute(
        sql`select ${profiles.leadId} as lead_id, ${leads.status} as status, ${revenueSql()} as revenue, ${sql.join(flags, sql`, `)}
          from ${profiles} inner join ${leads} on ${this.joined()}
          where ${profiles.organizationId} = ${this.organizationId} and (${any})`,
      ),
    );
    return rows.map((row) => ({
      leadId: String(row.lead_id),
      status: String(row.status),
      revenue: Number(row.revenue),
      memberOf: filters.map((_, i) => row[`s${i}`] === true),
    }));
  }

  /** For each lead, which of the segments it belongs to: one query. */
  async membershipOfLeads(leadIds: readonly string[], filters: readonly SegmentFilter[], at: SegmentEvaluation): Promise<Map<string, boolean[]>> {
    const valid = leadIds.filter(isUuid);
    if (valid.length === 0 || filters.length === 0) return new Map();
    const flags = filters.map((filter, i) => sql`${segmentPredicate(filter, at)} as ${sql.identifier(`s${i}`)}`);
    const rows = rowsOf<Record<string, unknown>>(
      await this.db.execute(
        sql`select ${profiles.leadId} as lead_id, ${sql.join(flags, sql`, `)} from ${profiles} inner join ${leads} on ${this.joined()}
          where ${profiles.organizationId} = ${this.organizationId} and ${inArray(profiles.leadId, valid)}`,
      ),
    );
    return new Map(rows.map((row) => [String(row.lead_id), filters.map((_, i) => row[`s${i}`] === true)]));
  }

  private joined(): SQL {
    return sql`${leads.id} = ${profiles.leadId} and ${leads.organizationId} = ${profiles.organizationId}`;
  }
}
