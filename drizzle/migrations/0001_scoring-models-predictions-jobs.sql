CREATE TABLE "scoring"."scoring_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"user_id" text,
	"level" text NOT NULL,
	"version" integer NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"model" jsonb NOT NULL,
	"evaluation" jsonb NOT NULL,
	"sample_size" integer NOT NULL,
	"positives" integer NOT NULL,
	"notes" text,
	"trained_at" timestamp (3) with time zone NOT NULL,
	"activated_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring"."predictions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"lead_id" uuid NOT NULL,
	"model_key" text NOT NULL,
	"model_version" text NOT NULL,
	"kind" text DEFAULT 'CONVERSION' NOT NULL,
	"fingerprint" text NOT NULL,
	"probability" double precision NOT NULL,
	"confidence" text NOT NULL,
	"personalized" boolean NOT NULL,
	"factors" jsonb NOT NULL,
	"reasoning" text NOT NULL,
	"predicted_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring"."job_schedules" (
	"name" text PRIMARY KEY NOT NULL,
	"queue" text NOT NULL,
	"interval_seconds" integer NOT NULL,
	"next_run_at" timestamp (3) with time zone NOT NULL,
	"last_run_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "scoring"."jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text,
	"queue" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"singleton_key" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 3 NOT NULL,
	"run_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp (3) with time zone,
	"locked_by" text,
	"progress" jsonb,
	"result" jsonb,
	"last_error" text,
	"parent_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_models_owner_version_idx" ON "scoring"."scoring_models" USING btree ("organization_id","user_id","version");--> statement-breakpoint
CREATE INDEX "scoring_models_active_idx" ON "scoring"."scoring_models" USING btree ("organization_id","user_id","active");--> statement-breakpoint
CREATE UNIQUE INDEX "predictions_lead_model_idx" ON "scoring"."predictions" USING btree ("organization_id","lead_id","model_key","kind");--> statement-breakpoint
CREATE INDEX "jobs_claim_idx" ON "scoring"."jobs" USING btree ("queue","status","run_at");--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_singleton_idx" ON "scoring"."jobs" USING btree ("singleton_key") WHERE status in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "jobs_parent_idx" ON "scoring"."jobs" USING btree ("parent_id");