-- Customer success may read which leads exist (sales.leads_for_customer_success: Lead.account answers
-- only the caller's own leads) and nothing else of sales.
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'revgraph_customer_success') THEN
    GRANT USAGE ON SCHEMA sales TO revgraph_customer_success;
    GRANT SELECT ON sales.leads_for_customer_success TO revgraph_customer_success;
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'view grant skipped: this database user may not grant it';
END
$$;
