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
