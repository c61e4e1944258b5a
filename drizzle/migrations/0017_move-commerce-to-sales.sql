CREATE TABLE "sales"."items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"external_id" text NOT NULL,
	"name" text NOT NULL,
	"category" text,
	"list_price" double precision NOT NULL,
	"stock" integer,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "items_list_price_check" CHECK ("sales"."items"."list_price" >= 0),
	CONSTRAINT "items_stock_check" CHECK ("sales"."items"."stock" is null or "sales"."items"."stock" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sales"."offer_policies" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"max_discount" double precision NOT NULL,
	"margin_floor" double precision NOT NULL,
	"cost_share" double precision NOT NULL,
	"approver_role" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offer_policies_max_discount_check" CHECK ("sales"."offer_policies"."max_discount" >= 0 and "sales"."offer_policies"."max_discount" <= 1),
	CONSTRAINT "offer_policies_margin_floor_check" CHECK ("sales"."offer_policies"."margin_floor" >= 0 and "sales"."offer_policies"."margin_floor" <= 1),
	CONSTRAINT "offer_policies_cost_share_check" CHECK ("sales"."offer_policies"."cost_share" >= 0 and "sales"."offer_policies"."cost_share" + "sales"."offer_policies"."margin_floor" <= 1),
	CONSTRAINT "offer_policies_approver_role_check" CHECK ("sales"."offer_policies"."approver_role" in ('manager', 'admin'))
);
--> statement-breakpoint
CREATE TABLE "sales"."offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"lead_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"discount" double precision NOT NULL,
	"made_at" timestamp (3) with time zone NOT NULL,
	"outcome" text,
	"outcome_at" timestamp (3) with time zone,
	"made_by" text NOT NULL,
	"approved_by" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_discount_check" CHECK ("sales"."offers"."discount" >= 0 and "sales"."offers"."discount" <= 1)
);
--> statement-breakpoint
CREATE TABLE "sales"."purchase_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"purchase_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"item_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price" double precision NOT NULL,
	CONSTRAINT "purchase_lines_quantity_check" CHECK ("sales"."purchase_lines"."quantity" > 0),
	CONSTRAINT "purchase_lines_unit_price_check" CHECK ("sales"."purchase_lines"."unit_price" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sales"."purchases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"external_id" text NOT NULL,
	"lead_id" uuid NOT NULL,
	"account_id" uuid,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"total" double precision NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sales"."offers" ADD CONSTRAINT "offers_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "sales"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales"."purchase_lines" ADD CONSTRAINT "purchase_lines_purchase_id_purchases_id_fk" FOREIGN KEY ("purchase_id") REFERENCES "sales"."purchases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales"."purchase_lines" ADD CONSTRAINT "purchase_lines_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "sales"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "items_org_external_id_idx" ON "sales"."items" USING btree ("organization_id","external_id");--> statement-breakpoint
CREATE INDEX "items_org_name_idx" ON "sales"."items" USING btree ("organization_id","name","id");--> statement-breakpoint
CREATE INDEX "offers_org_lead_idx" ON "sales"."offers" USING btree ("organization_id","lead_id","made_at");--> statement-breakpoint
CREATE INDEX "offers_org_item_idx" ON "sales"."offers" USING btree ("organization_id","item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "purchase_lines_purchase_position_idx" ON "sales"."purchase_lines" USING btree ("purchase_id","position");--> statement-breakpoint
CREATE INDEX "purchase_lines_org_item_idx" ON "sales"."purchase_lines" USING btree ("organization_id","item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "purchases_org_external_id_idx" ON "sales"."purchases" USING btree ("organization_id","external_id");--> statement-breakpoint
CREATE INDEX "purchases_org_lead_idx" ON "sales"."purchases" USING btree ("organization_id","lead_id","occurred_at");--> statement-breakpoint
-- The commerce facts move from personalization to their owner, sales, keeping their ids; the next migration drops the old tables.
INSERT INTO "sales"."items" ("id", "organization_id", "external_id", "name", "category", "list_price", "stock", "attributes", "created_at", "updated_at")
  SELECT "id", "organization_id", "external_id", "name", "category", "list_price", "stock", "attributes", "created_at", "updated_at" FROM "personalization"."items";--> statement-breakpoint
INSERT INTO "sales"."purchases" ("id", "organization_id", "external_id", "lead_id", "account_id", "occurred_at", "total", "created_at")
  SELECT "id", "organization_id", "external_id", "lead_id", "account_id", "occurred_at", "total", "created_at" FROM "personalization"."purchases";--> statement-breakpoint
INSERT INTO "sales"."purchase_lines" ("id", "organization_id", "purchase_id", "position", "item_id", "quantity", "unit_price")
  SELECT "id", "organization_id", "purchase_id", "position", "item_id", "quantity", "unit_price" FROM "personalization"."purchase_lines";--> statement-breakpoint
INSERT INTO "sales"."offers" ("id", "organization_id", "lead_id", "item_id", "discount", "made_at", "outcome", "outcome_at", "made_by", "approved_by", "created_at")
  SELECT "id", "organization_id", "lead_id", "item_id", "discount", "made_at", "outcome", "outcome_at", "made_by", NULL, "created_at" FROM "personalization"."offers";--> statement-breakpoint
INSERT INTO "sales"."offer_policies" ("organization_id", "max_discount", "margin_floor", "cost_share", "approver_role", "updated_by", "updated_at")
  SELECT "organization_id", "max_discount", "margin_floor", "cost_share", "approver_role", "updated_by", "updated_at" FROM "personalization"."offer_policies";
