-- Personalization may read the commerce facts sales owns (catalog, purchases and their lines, offers, the offer policy)
-- only through its views of them, never the tables; sales gets its new tables whoever created them. Skipped with a
-- notice where the roles could not be created.
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'revgraph_sales') THEN
    GRANT ALL ON sales.items, sales.purchases, sales.purchase_lines, sales.offers, sales.offer_policies TO revgraph_sales;
  END IF;
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'revgraph_personalization') THEN
    GRANT USAGE ON SCHEMA sales TO revgraph_personalization;
    GRANT SELECT ON sales.items_for_personalization, sales.purchases_for_personalization, sales.purchase_lines_for_personalization,
      sales.offers_for_personalization, sales.offer_policies_for_personalization TO revgraph_personalization;
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'view grants skipped: this database user may not grant them';
END
$$;
