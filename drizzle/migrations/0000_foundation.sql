CREATE SCHEMA "customer_success";
--> statement-breakpoint
CREATE SCHEMA "personalization";
--> statement-breakpoint
CREATE SCHEMA "sales";
--> statement-breakpoint
CREATE SCHEMA "scoring";
--> statement-breakpoint
CREATE TABLE "sales"."organizations" (
	"id" text PRIMARY KEY NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales"."users" (
	"organization_id" text NOT NULL,
	"id" text NOT NULL,
	"email" text,
	"role" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "sales"."leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"external_id" text,
	"name" text NOT NULL,
	"email" text,
	"company" text,
	"source" text,
	"status" text DEFAULT 'NEW' NOT NULL,
	"value" numeric(14, 2),
	"assigned_to_id" text,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "sales"."conversions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"lead_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"idempotency_key" text NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring"."activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"lead_id" uuid NOT NULL,
	"type" text NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"recorded_by" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring"."lead_scores" (
	"organization_id" text NOT NULL,
	"lead_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"activity_count" integer NOT NULL,
	"last_activity_at" timestamp (3) with time zone,
	"score_updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "lead_scores_organization_id_lead_id_pk" PRIMARY KEY("organization_id","lead_id")
);
--> statement-breakpoint
CREATE TABLE "personalization"."customer_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"lead_id" uuid NOT NULL,
	"preferences" jsonb NOT NULL,
	"viewed_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rejected_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"interests" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"objections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sentiment_history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"total_sessions" integer DEFAULT 0 NOT NULL,
	"site_visits_scheduled" integer DEFAULT 0 NOT NULL,
	"callbacks_requested" integer DEFAULT 0 NOT NULL,
	"brochures_downloaded" integer DEFAULT 0 NOT NULL,
	"current_stage" text,
	"last_active_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_success"."account_health_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"recorded_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_success"."accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"domain" text NOT NULL,
	"health_score" integer NOT NULL,
	"lifecycle_stage" text NOT NULL,
	"renewal_date" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "leads_org_external_id_idx" ON "sales"."leads" USING btree ("organization_id","external_id");--> statement-breakpoint
CREATE INDEX "leads_org_created_idx" ON "sales"."leads" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "leads_org_assignee_status_idx" ON "sales"."leads" USING btree ("organization_id","assigned_to_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "conversions_lead_idx" ON "sales"."conversions" USING btree ("lead_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversions_org_idempotency_idx" ON "sales"."conversions" USING btree ("organization_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "activities_org_lead_time_idx" ON "scoring"."activities" USING btree ("organization_id","lead_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_profiles_org_lead_idx" ON "personalization"."customer_profiles" USING btree ("organization_id","lead_id");--> statement-breakpoint
CREATE INDEX "account_health_history_account_idx" ON "customer_success"."account_health_history" USING btree ("organization_id","account_id","recorded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_org_domain_idx" ON "customer_success"."accounts" USING btree ("organization_id","domain");