-- Scoring may read each lead's temperature through personalization.profiles_for_scoring (the work
-- list's temperature filter), nothing else of personalization.
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'revgraph_scoring') THEN
    GRANT USAGE ON SCHEMA personalization TO revgraph_scoring;
    GRANT SELECT ON personalization.profiles_for_scoring TO revgraph_scoring;
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'view grant skipped: this database user may not grant it';
END
$$;
