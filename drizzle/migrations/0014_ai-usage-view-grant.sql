-- Customer success may read scoring's language-model usage through its view (for the aiUsage report), nothing else of scoring.
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'revgraph_customer_success') THEN
    GRANT USAGE ON SCHEMA scoring TO revgraph_customer_success;
    GRANT SELECT ON scoring.ai_usage_for_customer_success TO revgraph_customer_success;
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'view grant skipped: this database user may not grant it';
END
$$;
