CREATE TABLE "personalization"."recovery_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"lead_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"attempted_at" timestamp (3) with time zone NOT NULL,
	"silent_days" integer NOT NULL,
	"recorded_by_id" text NOT NULL,
	"re_engaged_at" timestamp (3) with time zone,
	"purchased_at" timestamp (3) with time zone,
	"converted_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recovery_attempts_phase_check" CHECK ("personalization"."recovery_attempts"."phase" in ('REMINDER', 'ALTERNATIVES', 'OFFER')),
	CONSTRAINT "recovery_attempts_silent_days_check" CHECK ("personalization"."recovery_attempts"."silent_days" >= 0 and "personalization"."recovery_attempts"."silent_days" <= 3650)
);
--> statement-breakpoint
ALTER TABLE "personalization"."customer_profiles" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "personalization"."customer_profiles" ADD COLUMN "frustration_level" double precision;--> statement-breakpoint
ALTER TABLE "personalization"."customer_profiles" ADD COLUMN "frustration_recorded_at" timestamp (3) with time zone;--> statement-breakpoint
CREATE INDEX "recovery_attempts_org_phase_idx" ON "personalization"."recovery_attempts" USING btree ("organization_id","phase","silent_days");--> statement-breakpoint
CREATE INDEX "recovery_attempts_org_lead_idx" ON "personalization"."recovery_attempts" USING btree ("organization_id","lead_id","attempted_at");