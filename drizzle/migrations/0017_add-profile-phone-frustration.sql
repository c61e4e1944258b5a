ALTER TABLE "personalization"."customer_profiles" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "personalization"."customer_profiles" ADD COLUMN "frustration_level" double precision;--> statement-breakpoint
ALTER TABLE "personalization"."customer_profiles" ADD COLUMN "frustration_recorded_at" timestamp (3) with time zone;