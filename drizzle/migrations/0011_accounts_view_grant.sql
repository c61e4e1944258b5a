-- Personalization may read which accounts exist (customer_success.accounts_for_personalization) and
-- nothing else of customer_success; skipped with a notice where the roles could not be created.
DO $$
BEGIN
  GRANT USAGE ON SCHEMA customer_success TO revgraph_personalization;
  GRANT SELECT ON customer_success.accounts_for_personalization TO revgraph_personalization;
EXCEPTION WHEN undefined_object THEN
  RAISE NOTICE 'role revgraph_personalization does not exist: grants skipped';
END
$$;
