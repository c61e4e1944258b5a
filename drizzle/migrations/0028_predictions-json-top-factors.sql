ALTER TABLE "scoring"."predictions" ALTER COLUMN "factors" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "scoring"."predictions" ALTER COLUMN "actions" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "scoring"."predictions" ADD COLUMN "top_factors" json DEFAULT '[]'::json NOT NULL;--> statement-breakpoint
UPDATE "scoring"."predictions" SET "top_factors" = (SELECT coalesce(json_agg(f ORDER BY i), '[]'::json) FROM json_array_elements("factors") WITH ORDINALITY AS t(f, i) WHERE i <= 5);
