/**
 * A stored segment filter as SQL conditions over profiles joined to their leads (sales.leads_for_personalization), so membership is
 * decided in the database. The modelled lifetime value is not a column: the caller computes it for every buyer (one pass of the
 * organization's model) and the bounds become the set of leads whose value lies within them.
 */
import { and, gte, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { schema } from "@revgraph/db";
import type { SegmentFilter } from "@revgraph/db/schema";
import type { LeadStatus } from "@revgraph/db/vocabulary";
import { revenueSql } from "../profile-list/profile-list.repository";
import { engagementSql, intentSql, temperatureCondition } from "../profile/profile.sql";

const { customerProfiles: profiles, leadsForPersonalization: leads } = schema;
const DAY_MS = 86_400_000;

/** What a filter is evaluated against besides the database: the instant, and each buyer's modelled lifetime value (read only by the lifetime-value bounds). */
export interface SegmentEvaluation {
  now: Date;
  lifetimeValues: ReadonlyMap<string, number>;
}

/** Whether the filter needs the modelled lifetime values (so they are computed only then). */
export function usesLifetimeValue(filter: SegmentFilter): boolean {
  return filter.minLifetimeValue != null || filter.maxLifetimeValue != null;
}

export function segmentConditions(filter: SegmentFilter, { now, lifetimeValues }: SegmentEvaluation): SQL[] {
  const c: SQL[] = [];
  const f8 = (value: number) => sql`${value}::float8`;
  if (filter.temperatures) c.push(or(...filter.temperatures.map(temperatureCondition))!);
  if (filter.minEngagement != null) c.push(sql`${engagementSql()} >= ${f8(filter.minEngagement)}`);
  if (filter.maxEngagement != null) c.push(sql`${engagementSql()} <= ${f8(filter.maxEngagement)}`);
  if (filter.minIntent != null) c.push(sql`${intentSql()} >= ${f8(filter.minIntent)}`);
  if (filter.maxIntent != null) c.push(sql`${intentSql()} <= ${f8(filter.maxIntent)}`);
  if (filter.sources) c.push(inArray(leads.source, filter.sources));
  if (filter.statuses) c.push(inArray(leads.status, filter.statuses as LeadStatus[]));
  if (filter.stages) c.push(inArray(profiles.currentStage, filter.stages));
  for (const condition of filter.attributes ?? []) {
    if (condition.values) {
      c.push(
        sql`(${leads.attributes} ->> ${condition.key}) in (${sql.join(
          condition.values.map((v) => sql`${v}`),
          sql`, `,
        )})`,
      );
    } else {
      const number = sql`(case when jsonb_typeof(${leads.attributes} -> ${condition.key}) = 'number' then (${leads.attributes} ->> ${condition.key})::float8 end)`;
      c.push(sql`${number} is not null`);
      if (condition.min != null) c.push(sql`${number} >= ${f8(condition.min)}`);
      if (condition.max != null) c.push(sql`${number} <= ${f8(condition.max)}`);
    }
  }
  if (filter.minRevenue != null) c.push(sql`${revenueSql()} >= ${f8(filter.minRevenue)}`);
  if (filter.maxRevenue != null) c.push(sql`${revenueSql()} <= ${f8(filter.maxRevenue)}`);
  if (usesLifetimeValue(filter)) {
    const min = filter.minLifetimeValue ?? Number.NEGATIVE_INFINITY;
    const max = filter.maxLifetimeValue ?? Number.POSITIVE_INFINITY;
    const within = [...lifetimeValues].filter(([, value]) => value >= min && value <= max).map(([leadId]) => leadId);
    // One array parameter however many leads qualify (the ids are the database's own uuids).
    c.push(within.length ? sql`${profiles.leadId} = any(${`{${within.join(",")}}`}::uuid[])` : sql`false`);
  }
  if (filter.activeWithinDays != null) c.push(gte(profiles.lastActiveAt, new Date(now.getTime() - filter.activeWithinDays * DAY_MS)));
  if (filter.inactiveForDays != null) c.push(or(isNull(profiles.lastActiveAt), lt(profiles.lastActiveAt, new Date(now.getTime() - filter.inactiveForDays * DAY_MS)))!);
  return c;
}

/** All conditions as one boolean expression (true for an empty filter). */
export function segmentPredicate(filter: SegmentFilter, at: SegmentEvaluation): SQL {
  const conditions = segmentConditions(filter, at);
  return conditions.length ? sql`(${and(...conditions)})` : sql`true`;
}
