CREATE TABLE "personalization"."purchase_timing_models" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"model" jsonb NOT NULL,
	"closed_leads" integer NOT NULL,
	"fitted_at" timestamp (3) with time zone NOT NULL
);
