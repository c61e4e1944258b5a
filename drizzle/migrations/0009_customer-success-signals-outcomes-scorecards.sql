CREATE TABLE "customer_success"."account_anomalies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"measure" text NOT NULL,
	"score" double precision NOT NULL,
	"baseline" double precision NOT NULL,
	"z_score" double precision NOT NULL,
	"detected_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_success"."account_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"idempotency_key" text NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_success"."account_signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"type" text NOT NULL,
	"value" double precision NOT NULL,
	"detail" text,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_success"."scorecards" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"measures" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- A renewal date (YYYY-MM-DD) becomes that day's midnight UTC, whatever the session time zone.
ALTER TABLE "customer_success"."accounts" ALTER COLUMN "renewal_date" SET DATA TYPE timestamp (3) with time zone USING ("renewal_date"::timestamp AT TIME ZONE 'UTC');--> statement-breakpoint
ALTER TABLE "customer_success"."account_health_history" ADD COLUMN "measures" jsonb;--> statement-breakpoint
ALTER TABLE "customer_success"."accounts" ADD COLUMN "attributes" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_success"."accounts" ADD COLUMN "csm_id" text;--> statement-breakpoint
ALTER TABLE "customer_success"."accounts" ADD COLUMN "arr" double precision;--> statement-breakpoint
CREATE INDEX "account_anomalies_account_idx" ON "customer_success"."account_anomalies" USING btree ("organization_id","account_id","detected_at");--> statement-breakpoint
CREATE INDEX "account_outcomes_account_idx" ON "customer_success"."account_outcomes" USING btree ("organization_id","account_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "account_outcomes_org_idempotency_idx" ON "customer_success"."account_outcomes" USING btree ("organization_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "account_signals_account_idx" ON "customer_success"."account_signals" USING btree ("organization_id","account_id","occurred_at");