CREATE TABLE "customer_success"."churn_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"version" integer NOT NULL,
	"model" jsonb NOT NULL,
	"metrics" jsonb NOT NULL,
	"accounts" integer NOT NULL,
	"churned" integer NOT NULL,
	"trained_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_success"."churn_predictions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"probability" double precision NOT NULL,
	"risk_category" text NOT NULL,
	"confidence" text NOT NULL,
	"factors" jsonb NOT NULL,
	"explanation" text NOT NULL,
	"recommendations" jsonb NOT NULL,
	"source" text NOT NULL,
	"model_version" text NOT NULL,
	"window_days" integer NOT NULL,
	"predicted_at" timestamp (3) with time zone NOT NULL,
	"valid_until" timestamp (3) with time zone NOT NULL,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"actual_outcome" text,
	"was_accurate" boolean,
	"validated_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_success"."jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'QUEUED' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"requested_by" text NOT NULL,
	"result" jsonb,
	"last_error" text,
	"lease_until" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "customer_success"."ai_usage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"user_id" text NOT NULL,
	"feature" text NOT NULL,
	"model" text NOT NULL,
	"prompt_tokens" integer,
	"completion_tokens" integer,
	"cost_usd" double precision,
	"latency_ms" integer NOT NULL,
	"outcome" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "churn_models_org_version_idx" ON "customer_success"."churn_models" USING btree ("organization_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "churn_predictions_one_active_idx" ON "customer_success"."churn_predictions" USING btree ("organization_id","account_id") WHERE status = 'ACTIVE';--> statement-breakpoint
CREATE INDEX "churn_predictions_account_idx" ON "customer_success"."churn_predictions" USING btree ("organization_id","account_id","predicted_at");--> statement-breakpoint
CREATE INDEX "churn_predictions_validated_idx" ON "customer_success"."churn_predictions" USING btree ("organization_id","validated_at");--> statement-breakpoint
CREATE INDEX "churn_predictions_expiry_idx" ON "customer_success"."churn_predictions" USING btree ("status","valid_until");--> statement-breakpoint
CREATE INDEX "cs_jobs_claim_idx" ON "customer_success"."jobs" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "cs_jobs_org_idx" ON "customer_success"."jobs" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "cs_ai_usage_org_created_idx" ON "customer_success"."ai_usage" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE VIEW "scoring"."ai_usage_for_customer_success" AS (select organization_id, feature, model, prompt_tokens, completion_tokens, cost_usd, latency_ms, outcome, created_at from scoring.ai_usage);