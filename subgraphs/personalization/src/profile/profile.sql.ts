/** Seed 001's profile scores as SQL expressions over personalization.customer_profiles, so lists and segments filter and sort in the database. */
import { sql, type SQL } from "drizzle-orm";
import { schema } from "@revgraph/db";
import { HOT_THRESHOLD, THRESHOLD_EPSILON, WARM_THRESHOLD, type TemperatureValue } from "./profile-scoring";

const { customerProfiles: profiles } = schema;

/**
 * Seed 001's engagement + intent total in SQL, so the temperature filter runs in the database.
 * Mirrors profile-scoring.ts term by term; keep the two in step.
 */
export function totalScoreSql(): SQL {
  return sql`(${engagementSql()} + ${intentSql()})`;
}

/** Distinct items viewed, as ScoringCounts.viewedItems. */
export function viewedCountSql(): SQL<number> {
  return sql`(select count(distinct v->>'itemId') from jsonb_array_elements(${profiles.viewedItems}) v)::int`.mapWith(Number);
}

/** Items of interest, as ScoringCounts.interests. */
export function interestCountSql(): SQL<number> {
  return sql`jsonb_array_length(${profiles.interests})`.mapWith(Number);
}

/** The average recorded sentiment, null when none was recorded, as ScoringCounts.sentiment. */
export function sentimentSql(): SQL<number | null> {
  return sql`(select avg((h->>'score')::float8) from jsonb_array_elements(${profiles.sentimentHistory}) h)`.mapWith((v: unknown) => (v === null ? null : Number(v)));
}

/** Seed 001's engagement (0-10) in SQL, term by term as engagementScore in profile-scoring.ts. */
export function engagementSql(): SQL {
  const sessions = sql`(${profiles.totalSessions})::float8`;
  const viewed = sql`(${viewedCountSql()})::float8`;
  const interests = sql`(${interestCountSql()})::float8`;
  const sentiment = sql`coalesce(${sentimentSql()}, 0)`;
  return sql`(least(3, ${sessions} / 2) + least(3, ${viewed} / 5) + least(2, ${interests}) + least(2, greatest(0, ${sentiment} + 1)))`;
}

/** Seed 001's intent to buy (0-10) in SQL, term by term as intentScore in profile-scoring.ts. */
export function intentSql(): SQL {
  const sessions = sql`(${profiles.totalSessions})::float8`;
  const interests = sql`(${interestCountSql()})::float8`;
  return sql`(least(3, ${interests} * 1.5) + (case when ${profiles.siteVisitsScheduled} > 0 then 3 else 0 end) + (case when ${profiles.callbacksRequested} > 0 then 2 else 0 end) + least(2, ${sessions} / 3))`;
}

export function temperatureCondition(temperature: TemperatureValue): SQL {
  const hot = f8(HOT_THRESHOLD - THRESHOLD_EPSILON);
  const warm = f8(WARM_THRESHOLD - THRESHOLD_EPSILON);
  const total = totalScoreSql();
  if (temperature === "HOT") return sql`${total} >= ${hot}`;
  if (temperature === "WARM") return sql`${total} >= ${warm} and ${total} < ${hot}`;
  return sql`${total} < ${warm}`;
}

function f8(value: number): SQL {
  return sql`${value}::float8`;
}
