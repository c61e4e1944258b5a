CREATE TABLE "scoring"."user_ai_preferences" (
	"organization_id" text NOT NULL,
	"user_id" text NOT NULL,
	"tone" text NOT NULL,
	"auto_suggest_actions" boolean NOT NULL,
	"proactive_suggestions" boolean NOT NULL,
	"contact_start_hour" integer,
	"contact_end_hour" integer,
	"time_zone" text NOT NULL,
	"insight_frequency" text NOT NULL,
	"custom_instructions" text NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_ai_preferences_organization_id_user_id_pk" PRIMARY KEY("organization_id","user_id"),
	CONSTRAINT "user_ai_preferences_contact_hours_check" CHECK (("scoring"."user_ai_preferences"."contact_start_hour" is null and "scoring"."user_ai_preferences"."contact_end_hour" is null) or ("scoring"."user_ai_preferences"."contact_start_hour" >= 0 and "scoring"."user_ai_preferences"."contact_start_hour" < "scoring"."user_ai_preferences"."contact_end_hour" and "scoring"."user_ai_preferences"."contact_end_hour" <= 24)),
	CONSTRAINT "user_ai_preferences_custom_instructions_check" CHECK (char_length("scoring"."user_ai_preferences"."custom_instructions") <= 500)
);
