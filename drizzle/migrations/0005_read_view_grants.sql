-- One role per subgraph (NOLOGIN: a deployment grants it to the login its subgraph connects as).
-- Each may use its own schema fully; scoring and personalization may read only their views of
-- sales. Views run with their owner's rights, so the roles need nothing on the tables behind them.
-- Roles are cluster-wide: a database user without CREATEROLE skips this with a notice.
DO $$
DECLARE
  subgraph text;
BEGIN
  FOREACH subgraph IN ARRAY ARRAY['sales', 'scoring', 'personalization', 'customer_success'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'revgraph_' || subgraph) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', 'revgraph_' || subgraph);
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', subgraph, 'revgraph_' || subgraph);
    EXECUTE format('GRANT ALL ON ALL TABLES IN SCHEMA %I TO %I', subgraph, 'revgraph_' || subgraph);
    EXECUTE format('GRANT ALL ON ALL SEQUENCES IN SCHEMA %I TO %I', subgraph, 'revgraph_' || subgraph);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT ALL ON TABLES TO %I', subgraph, 'revgraph_' || subgraph);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT ALL ON SEQUENCES TO %I', subgraph, 'revgraph_' || subgraph);
  END LOOP;
  GRANT USAGE ON SCHEMA sales TO revgraph_scoring, revgraph_personalization;
  GRANT SELECT ON sales.leads_for_scoring, sales.conversions_for_scoring TO revgraph_scoring;
  GRANT SELECT ON sales.leads_for_personalization TO revgraph_personalization;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'subgraph roles not created: this database user may not create roles';
END
$$;
