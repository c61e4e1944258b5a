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
    if (scope.category !== null) conditions.push(sql`${leadCategory} = ${scope.category}`);
    return sql.join(conditions, sql` and `);
  }
}

/**
 * The category of lead `l`: the category of the catalog item it first showed interest in, as sales
 * records it, that is the item of its earliest offer or purchase (a purchase's first line); an
 * offer and a purchase at the same instant count the offer first. Null for a lead with neither, or
 * whose first item has no category. Looked up per lead through the (organization, lead, time)
 * indexes of offers and purchases, so its cost follows the leads asked about, not the catalog's history.
 */
export const leadCategory: SQL = sql`(
  select i.category
  from (
    (select o.item_id, o.made_at as at, 0 as kind, 0 as position
     from sales.offers o where o.organization_id = l.organization_id and o.lead_id = l.id
     order by o.made_at, o.id limit 1)
    union all
    (select pl.item_id, p.occurred_at, 1, pl.position
     from sales.purchases p join sales.purchase_lines pl on pl.purchase_id = p.id and pl.organization_id = p.organization_id
     where p.organization_id = l.organization_id and p.lead_id = l.id
     order by p.occurred_at, pl.position, p.id limit 1)
  ) f
  join sales.items i on i.id = f.item_id and i.organization_id = l.organization_id
  order by f.at, f.kind
  limit 1)`;
