CREATE TABLE "personalization"."offer_policies" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"max_discount" double precision NOT NULL,
	"margin_floor" double precision NOT NULL,
	"cost_share" double precision NOT NULL,
	"approver_role" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offer_policies_max_discount_check" CHECK ("personalization"."offer_policies"."max_discount" >= 0 and "personalization"."offer_policies"."max_discount" <= 1),
	CONSTRAINT "offer_policies_margin_floor_check" CHECK ("personalization"."offer_policies"."margin_floor" >= 0 and "personalization"."offer_policies"."margin_floor" <= 1),
	CONSTRAINT "offer_policies_cost_share_check" CHECK ("personalization"."offer_policies"."cost_share" >= 0 and "personalization"."offer_policies"."cost_share" + "personalization"."offer_policies"."margin_floor" <= 1),
	CONSTRAINT "offer_policies_approver_role_check" CHECK ("personalization"."offer_policies"."approver_role" in ('manager', 'admin'))
);
--> statement-breakpoint
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
