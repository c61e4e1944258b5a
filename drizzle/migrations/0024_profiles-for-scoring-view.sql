CREATE VIEW "personalization"."profiles_for_scoring" AS (select p.lead_id, p.organization_id,
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
      + least(2, p.total_sessions::float8 / 3) as total) s);