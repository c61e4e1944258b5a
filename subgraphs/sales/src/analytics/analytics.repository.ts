/** Win rates and the funnel, aggregated in SQL over the organization's leads and their status trail. */
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Database } from "@revgraph/db";
import type { LeadStatus } from "@revgraph/db/vocabulary";

export interface LeadScope {
  organizationId: string;
  assigneeId: string | null;
  from: Date | null;
  to: Date | null;
}

export interface WinRateAggregate {
  key: string;
  leads: number;
  won: number;
  lost: number;
  open: number;
  wonValue: number;
}

export interface FunnelAggregate {
  status: LeadStatus;
  reached: number;
  won: number;
  lostHere: number;
}

const GROUP_KEYS = {
  SOURCE: sql`coalesce(l.source, '(none)')`,
  REP: sql`coalesce(l.assigned_to_id, '(unassigned)')`,
  MONTH: sql`to_char(l.created_at at time zone 'UTC', 'YYYY-MM')`,
} as const;

export class AnalyticsRepository {
  constructor(private readonly db: Database) {}

  async winRates(scope: LeadScope, groupBy: keyof typeof GROUP_KEYS): Promise<WinRateAggregate[]> {
    const key = GROUP_KEYS[groupBy];
    const rows = rowsOf<{ key: string; leads: number; won: number; lost: number; open: number; won_value: number }>(
      await this.db.execute(sql`
        select ${key} as key, count(*)::int as leads,
               count(*) filter (where l.status = 'WON')::int as won,
               count(*) filter (where l.status = 'LOST')::int as lost,
               count(*) filter (where l.status not in ('WON', 'LOST'))::int as open,
               coalesce(sum(l.value) filter (where l.status = 'WON'), 0)::float8 as won_value
        from sales.leads l
        where ${this.where(scope)}
        group by 1
        order by 1`),
    );
    return rows.map((r) => ({ key: r.key, leads: Number(r.leads), won: Number(r.won), lost: Number(r.lost), open: Number(r.open), wonValue: Number(r.won_value) }));
  }

  /** Each lead counts at the furthest stage its status trail reached (WON beyond QUALIFIED); LOST is where it stopped, not a stage. */
  async funnel(scope: LeadScope): Promise<FunnelAggregate[]> {
    const rows = rowsOf<{ status: LeadStatus; reached: number; won: number; lost_here: number }>(
      await this.db.execute(sql`
        with furthest as (
          select l.id, l.status,
                 max(case c.to_status when 'CONTACTED' then 1 when 'QUALIFIED' then 2 when 'WON' then 3 else 0 end) as stage
          from sales.leads l
          join sales.lead_status_changes c on c.organization_id = l.organization_id and c.lead_id = l.id
          where ${this.where(scope)}
          group by l.id, l.status
        )
        select s.status,
               count(f.id) filter (where f.stage >= s.stage)::int as reached,
               count(f.id) filter (where f.stage >= s.stage and f.status = 'WON')::int as won,
               count(f.id) filter (where f.stage = s.stage and f.status = 'LOST')::int as lost_here
        from (values ('NEW', 0), ('CONTACTED', 1), ('QUALIFIED', 2), ('WON', 3)) as s(status, stage)
        left join furthest f on true
        group by s.status, s.stage
        order by s.stage`),
    );
    return rows.map((r) => ({ status: r.status, reached: Number(r.reached), won: Number(r.won), lostHere: Number(r.lost_here) }));
  }

  private where(scope: LeadScope): SQL {
    const conditions = [sql`l.organization_id = ${scope.organizationId}`];
    if (scope.assigneeId !== null) conditions.push(sql`l.assigned_to_id = ${scope.assigneeId}`);
    if (scope.from) conditions.push(sql`l.created_at >= ${scope.from.toISOString()}::timestamptz`);
    if (scope.to) conditions.push(sql`l.created_at < ${scope.to.toISOString()}::timestamptz`);
    return sql.join(conditions, sql` and `);
  }
}
