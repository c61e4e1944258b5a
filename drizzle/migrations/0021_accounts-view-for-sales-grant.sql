-- Sales may read which accounts exist (customer_success.accounts_for_sales: a purchase may name its account) and nothing else of customer_success.
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'revgraph_sales') THEN
    GRANT USAGE ON SCHEMA customer_success TO revgraph_sales;
    GRANT SELECT ON customer_success.accounts_for_sales TO revgraph_sales;
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'view grant skipped: this database user may not grant it';
END
$$;
