DROP TABLE "personalization"."items" CASCADE;--> statement-breakpoint
DROP TABLE "personalization"."offers" CASCADE;--> statement-breakpoint
DROP TABLE "personalization"."purchase_lines" CASCADE;--> statement-breakpoint
DROP TABLE "personalization"."purchases" CASCADE;--> statement-breakpoint
DROP TABLE "personalization"."offer_policies" CASCADE;--> statement-breakpoint
CREATE VIEW "sales"."items_for_personalization" AS (select id, organization_id, external_id, name, category, list_price, stock, attributes from sales.items);--> statement-breakpoint
CREATE VIEW "sales"."offer_policies_for_personalization" AS (select organization_id, max_discount, margin_floor, cost_share, approver_role, updated_at from sales.offer_policies);--> statement-breakpoint
CREATE VIEW "sales"."offers_for_personalization" AS (select id, organization_id, lead_id, item_id, discount, made_at, outcome from sales.offers);--> statement-breakpoint
CREATE VIEW "sales"."purchase_lines_for_personalization" AS (select p.id as purchase_id, p.organization_id, p.lead_id, p.account_id, p.occurred_at, l.item_id, l.quantity, l.unit_price from sales.purchases p join sales.purchase_lines l on l.purchase_id = p.id and l.organization_id = p.organization_id);--> statement-breakpoint
CREATE VIEW "sales"."purchases_for_personalization" AS (select id, organization_id, lead_id, account_id, occurred_at, total from sales.purchases);