CREATE TABLE "customer_success"."cta_rule_schedule" (
	"name" text PRIMARY KEY NOT NULL,
	"interval_seconds" integer NOT NULL,
	"next_run_at" timestamp (3) with time zone NOT NULL,
	"last_run_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "customer_success"."cta_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"cta_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"done_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "customer_success"."ctas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"type" text NOT NULL,
	"reason" text NOT NULL,
	"priority" text NOT NULL,
	"owner_id" text,
	"due_at" timestamp (3) with time zone NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"snoozed_until" timestamp (3) with time zone,
	"close_reason" text,
	"source" text NOT NULL,
	"source_ref" text,
	"playbook_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "customer_success"."playbooks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"cta_type" text NOT NULL,
	"cta_reason" text NOT NULL,
	"tasks" jsonb NOT NULL,
	"cooldown_days" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "cta_tasks_cta_position_idx" ON "customer_success"."cta_tasks" USING btree ("cta_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "ctas_one_open_idx" ON "customer_success"."ctas" USING btree ("organization_id","account_id","type","reason") WHERE status in ('OPEN', 'SNOOZED');--> statement-breakpoint
CREATE INDEX "ctas_queue_idx" ON "customer_success"."ctas" USING btree ("organization_id","status","due_at");--> statement-breakpoint
CREATE INDEX "ctas_account_idx" ON "customer_success"."ctas" USING btree ("organization_id","account_id","type","reason","closed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "playbooks_org_type_reason_idx" ON "customer_success"."playbooks" USING btree ("organization_id","cta_type","cta_reason");