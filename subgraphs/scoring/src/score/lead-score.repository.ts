/** Set-based recomputation of engagement scores: one statement for any number of leads. */
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@revgraph/db";
import { ACTIVITY_WEIGHTS, HALF_LIFE_DAYS } from "../model/features";

type Executor = Pick<Database, "execute">;

const weights = sql.raw(
  `(values ${Object.entries(ACTIVITY_WEIGHTS)
    .map(([type, weight]) => `('${type}', ${Number(weight)}::float8)`)
    .join(", ")}) as w(type, weight)`,
);

/**
 * Recomputes score = round(100 * (1 - exp(-S/50))), S = sum of weight * 0.5^(ageDays/30), as of
 * `now`, for the leads matched by `leadFilter` (a predicate on `a.lead_id`); the same formula as
 * `engagementScore` in the model.
 */
export async function recomputeScores(db: Executor, organizationId: string | null, leadFilter: SQL, now: Date): Promise<number> {
  // Raw SQL takes the instant as text: the postgres.js driver does not serialize Date parameters here.
  const at = now.toISOString();
  const orgFilter = organizationId === null ? sql`true` : sql`a.organization_id = ${organizationId}`;
  const result = await db.execute(sql`
    insert into scoring.lead_scores (organization_id, lead_id, score, activity_count, last_activity_at, score_updated_at)
    select a.organization_id, a.lead_id,
      round(100 * (1 - exp(-sum(w.weight * power(0.5, greatest(0, date_part('epoch', ${at}::timestamptz - a.occurred_at) / 86400.0) / ${HALF_LIFE_DAYS})) / 50)))::int,
      count(*)::int, max(a.occurred_at), ${at}::timestamptz
    from scoring.activities a join ${weights} on w.type = a.type
    where ${orgFilter} and a.occurred_at <= ${at}::timestamptz and ${leadFilter}
    group by a.organization_id, a.lead_id
    on conflict (organization_id, lead_id) do update set
      score = excluded.score, activity_count = excluded.activity_count,
      last_activity_at = excluded.last_activity_at, score_updated_at = excluded.score_updated_at`);
  return affected(result);
}

/** Rows touched by a statement, whichever driver ran it. */
export function affected(result: unknown): number {
  const r = result as { affectedRows?: number; count?: number; rowCount?: number };
  return r.affectedRows ?? r.count ?? r.rowCount ?? 0;
}
