/**
 * SQL for lists of customer profiles (seed 001's lists and saved segments' members): one keyset
 * page or a count over profiles joined to their leads (sales.leads_for_personalization), always
 * scoped to the caller's organization. Callers pass the conditions and a numeric sort key.
 */
import { and, count, eq, sql, type SQL } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import { revenueToDate } from "../commerce/commerce.repository";
import type { ProfileRow } from "../profile/profile.repository";

const { customerProfiles: profiles, leadsForPersonalization: leads } = schema;

export interface ProfileOrder {
  /** A float8 expression that is never null for the rows the conditions keep. */
  key: SQL;
  direction: "asc" | "desc";
}

export interface ProfileListCursor {
  key: number;
  id: string;
}

export interface ProfileListEntry {
  row: ProfileRow;
  key: number;
}

/** The lead's revenue to date from its recorded purchases (0 when none). */
export function revenueSql(): SQL {
  return revenueToDate(profiles.organizationId, profiles.leadId);
}

export class ProfileListRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  private owned(): SQL {
    return eq(profiles.organizationId, this.organizationId);
  }

  private from() {
    return and(eq(leads.id, profiles.leadId), eq(leads.organizationId, profiles.organizationId));
  }

  async page(conditions: readonly SQL[], order: ProfileOrder, limit: number, after?: ProfileListCursor): Promise<ProfileListEntry[]> {
    const where = [this.owned(), ...conditions];
    const compare = order.direction === "desc" ? sql.raw("<") : sql.raw(">");
    if (after) where.push(sql`(${order.key}, ${profiles.id}) ${compare} (${after.key}::float8, ${after.id}::uuid)`);
    const direction = sql.raw(order.direction);
    const rows = await this.db
      .select({ row: profiles, key: sql<number>`${order.key}`.mapWith(Number) })
      .from(profiles)
      .innerJoin(leads, this.from())
      .where(and(...where))
      .orderBy(sql`${order.key} ${direction}`, sql`${profiles.id} ${direction}`)
      .limit(limit);
    return rows;
  }

  async count(conditions: readonly SQL[]): Promise<number> {
    const rows = await this.db
      .select({ n: count() })
      .from(profiles)
      .innerJoin(leads, this.from())
      .where(and(this.owned(), ...conditions));
    return rows[0]?.n ?? 0;
  }
}
