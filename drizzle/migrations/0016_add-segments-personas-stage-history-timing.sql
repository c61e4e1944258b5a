CREATE TABLE "personalization"."persona_models" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"model" jsonb NOT NULL,
	"k" integer NOT NULL,
	"silhouette" double precision NOT NULL,
	"profiles" integer NOT NULL,
	"fitted_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personalization"."purchase_timing_models" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"model" jsonb NOT NULL,
	"closed_leads" integer NOT NULL,
	"fitted_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personalization"."segments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"filter" jsonb NOT NULL,
	"created_by_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "personalization"."customer_profiles" ADD COLUMN "stage_history" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "personalization"."customer_profiles" ADD COLUMN "stage_changed_at" timestamp (3) with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "segments_org_name_idx" ON "personalization"."segments" USING btree ("organization_id","name");--> statement-breakpoint
CREATE INDEX "customer_profiles_org_active_idx" ON "personalization"."customer_profiles" USING btree ("organization_id","last_active_at");--> statement-breakpoint
-- Replaced in place (new columns only at the end), so the grant of the view to revgraph_personalization stays.
CREATE OR REPLACE VIEW "sales"."leads_for_personalization" AS (select id, organization_id, status, source, attributes, created_at, closed_at from sales.leads);--> statement-breakpoint
-- Profiles from before stage history: their current stage is the one entry, dated by the last update (the latest it can have changed).
UPDATE "personalization"."customer_profiles" SET "stage_history" = jsonb_build_array(jsonb_build_object('stage', "current_stage", 'at', to_char("updated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))), "stage_changed_at" = "updated_at" WHERE "current_stage" IS NOT NULL;
