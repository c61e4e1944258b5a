/**
 * What other subgraphs may read of the personalization subgraph's data: one read-only view per
 * consumer, in the owner's schema (see sales-views.ts for the pattern and the grants).
 */
import { sql } from "drizzle-orm";
import { text, uuid } from "drizzle-orm/pg-core";
import { personalizationSchema } from "./_helpers";
import type { Temperature } from "./vocabulary";

/**
 * Scoring: each lead's temperature, for the work list's temperature filter. Seed 001's engagement
 * + intent total and its thresholds (HOT ≥ 15, WARM ≥ 10), term by term as personalization's
 * profile.sql.ts and profile-scoring.ts compute them; tests/formulas.int.test.ts checks they agree.
 */
export const profilesForScoring = personalizationSchema
  .view("profiles_for_scoring", {
    leadId: uuid().notNull(),
    organizationId: text().notNull(),
    temperature: text().$type<Temperature>().notNull(),
  })
  .as(
    sql`select p.lead_id, p.organization_id,
      case when s.total >= 15 - 1e-9 then 'HOT' when s.total >= 10 - 1e-9 then 'WARM' else 'COLD' end as temperature
    from personalization.customer_profiles p
    cross join lateral (select
        least(3, p.total_sessions::float8 / 2)
      + least(3, (select count(distinct v->>'itemId') from jsonb_array_elements(p.viewed_items) v)::float8 / 5)
      + least(2, jsonb_array_length(p.interests)::float8)
      + least(2, greatest(0, coalesce((select avg((h->>'score')::float8) from jsonb_array_elements(p.sentiment_history) h), 0) + 1))
      + least(3, jsonb_array_length(p.interests)::float8 * 1.5)
      + (case when p.site_visits_scheduled > 0 then 3 else 0 end)
      + (case when p.callbacks_requested > 0 then 2 else 0 end)
      + least(2, p.total_sessions::float8 / 3) as total) s`,
  );
