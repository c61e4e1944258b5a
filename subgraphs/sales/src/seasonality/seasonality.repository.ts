/** Monthly lead volume and close outcomes, aggregated in SQL over the organization's leads. */
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Database } from "@revgraph/db";

export interface SeasonalityScope {
  organizationId: string;
  /** Only this rep's leads; null for the whole organization. */
  assigneeId: string | null;
  /** Only leads of this source; null for every source. */
  source: string | null;
  /** Only leads whose category (leadCategories) is this one; null for every lead. */
  category: string | null;
  /** First instant of the first month, inclusive. */
  from: Date;
  /** First instant after the last month, exclusive. */
  to: Date;
}

export interface MonthlyCount {
  /** YYYY-MM in UTC. */
  month: string;
  leads: number;
  won: number;
  lost: number;
}

export class SeasonalityRepository {
  constructor(private readonly db: Database) {}

  /** Leads created per month (by creation time) and leads won and lost per month (by close time), only months that have any. */
  async monthlyCounts(scope: SeasonalityScope): Promise<{ created: Map<string, number>; closed: Map<string, { won: number; lost: number }> }> {
    const from = scope.from.toISOString();
    const to = scope.to.toISOString();
    const [createdRows, closedRows] = await Promise.all([
      this.db.execute(sql`
        select to_char(l.created_at at time zone 'UTC', 'YYYY-MM') as month, count(*)::int as leads
        from sales.leads l
        where ${this.where(scope)} and l.created_at >= ${from}::timestamptz and l.created_at < ${to}::timestamptz
        group by 1`),
      // A closed lead's close time; leads closed before closed_at was kept fall back to their last update.
      this.db.execute(sql`
        select to_char(coalesce(l.closed_at, l.updated_at) at time zone 'UTC', 'YYYY-MM') as month,
               count(*) filter (where l.status = 'WON')::int as won,
               count(*) filter (where l.status = 'LOST')::int as lost
        from sales.leads l
        where ${this.where(scope)} and l.status in ('WON', 'LOST')
          and coalesce(l.closed_at, l.updated_at) >= ${from}::timestamptz and coalesce(l.closed_at, l.updated_at) < ${to}::timestamptz
        group by 1`),
    ]);
    const created = new Map(rowsOf<{ month: string; leads: number }>(createdRows).map((r) => [r.month, Number(r.leads)] as const));
    const closed = new Map(rowsOf<{ month: string; won: number; lost: number }>(closedRows).map((r) => [r.month, { won: Number(r.won), lost: Number(r.lost) }] as const));
    return { created, closed };
  }

  /** The distinct categories of the organization's catalog items, alphabetically. */
  async categories(organizationId: string): Promise<string[]> {
    const rows = await this.db.execute(sql`
      select distinct category from sales.items where organization_id = ${organizationId} and category is not null order by category`);
    return rowsOf<{ category: string }>(rows).map((r) => r.category);
  }

  private where(scope: SeasonalityScope): SQL {
    const conditions = [sql`l.organization_id = ${scope.organizationId}`];
    if (scope.assigneeId !== null) conditions.push(sql`l.assigned_to_id = ${scope.assigneeId}`);
    if (scope.source !== null) conditions.push(sql`l.source = ${scope.source}`);
    if (scope.category !== null) {
      conditions.push(sql`l.id in (select c.lead_id from (${leadCategories(scope.organizationId)}) c where c.category = ${scope.category})`);
    }
    return sql.join(conditions, sql` and `);
  }
}

/**
 * A lead's category: the category of the catalog item it first showed interest in, as sales
 * records it, that is the item of its earliest offer or purchase (a purchase's first line); an
 * offer and a purchase at the same instant count the offer first. A lead with neither, or whose
 * first item has no category, has none.
 */
export function leadCategories(organizationId: string): SQL {
  return sql`
    select distinct on (f.lead_id) f.lead_id, i.category
    from (
      select o.lead_id, o.item_id, o.made_at as at, 0 as kind, 0 as position, o.id
      from sales.offers o where o.organization_id = ${organizationId}
      union all
      select p.lead_id, pl.item_id, p.occurred_at, 1, pl.position, p.id
      from sales.purchases p join sales.purchase_lines pl on pl.purchase_id = p.id and pl.organization_id = p.organization_id
      where p.organization_id = ${organizationId}
    ) f
    join sales.items i on i.id = f.item_id and i.organization_id = ${organizationId}
    order by f.lead_id, f.at, f.kind, f.position, f.id`;
}
