CREATE TABLE "personalization"."items" (
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
	CONSTRAINT "items_list_price_check" CHECK ("personalization"."items"."list_price" >= 0),
	CONSTRAINT "items_stock_check" CHECK ("personalization"."items"."stock" is null or "personalization"."items"."stock" >= 0)
);
--> statement-breakpoint
CREATE TABLE "personalization"."offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"lead_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"discount" double precision NOT NULL,
	"made_at" timestamp (3) with time zone NOT NULL,
	"outcome" text,
	"outcome_at" timestamp (3) with time zone,
	"made_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_discount_check" CHECK ("personalization"."offers"."discount" >= 0 and "personalization"."offers"."discount" <= 1)
);
--> statement-breakpoint
CREATE TABLE "personalization"."purchase_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"purchase_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"item_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price" double precision NOT NULL,
	CONSTRAINT "purchase_lines_quantity_check" CHECK ("personalization"."purchase_lines"."quantity" > 0),
	CONSTRAINT "purchase_lines_unit_price_check" CHECK ("personalization"."purchase_lines"."unit_price" >= 0)
);
--> statement-breakpoint
CREATE TABLE "personalization"."purchases" (
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
CREATE TABLE "personalization"."lifetime_value_models" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"parameters" jsonb NOT NULL,
	"customers" integer NOT NULL,
	"purchases" integer NOT NULL,
	"log_likelihood" double precision NOT NULL,
	"fitted_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "personalization"."offers" ADD CONSTRAINT "offers_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "personalization"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personalization"."purchase_lines" ADD CONSTRAINT "purchase_lines_purchase_id_purchases_id_fk" FOREIGN KEY ("purchase_id") REFERENCES "personalization"."purchases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personalization"."purchase_lines" ADD CONSTRAINT "purchase_lines_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "personalization"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "items_org_external_id_idx" ON "personalization"."items" USING btree ("organization_id","external_id");--> statement-breakpoint
CREATE INDEX "items_org_name_idx" ON "personalization"."items" USING btree ("organization_id","name","id");--> statement-breakpoint
CREATE INDEX "offers_org_lead_idx" ON "personalization"."offers" USING btree ("organization_id","lead_id","made_at");--> statement-breakpoint
CREATE INDEX "offers_org_item_idx" ON "personalization"."offers" USING btree ("organization_id","item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "purchase_lines_purchase_position_idx" ON "personalization"."purchase_lines" USING btree ("purchase_id","position");--> statement-breakpoint
CREATE INDEX "purchase_lines_org_item_idx" ON "personalization"."purchase_lines" USING btree ("organization_id","item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "purchases_org_external_id_idx" ON "personalization"."purchases" USING btree ("organization_id","external_id");--> statement-breakpoint
CREATE INDEX "purchases_org_lead_idx" ON "personalization"."purchases" USING btree ("organization_id","lead_id","occurred_at");--> statement-breakpoint
CREATE VIEW "customer_success"."accounts_for_personalization" AS (select id, organization_id from customer_success.accounts);