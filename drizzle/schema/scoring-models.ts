import { boolean, index, integer, jsonb, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, scoringSchema } from "./_helpers";

export const modelLevels = ["organization", "rep"] as const;
export type ModelLevel = (typeof modelLevels)[number];

/**
 * Trained conversion models: one row per training. `userId` null is the organization's model,
 * otherwise a rep's own. At most one active model per (organization, user).
 */
export const scoringModels = scoringSchema.table(
  "scoring_models",
  {
    id: id(),
    organizationId: organizationId(),
    userId: text(),
    level: text().$type<ModelLevel>().notNull(),
    version: integer().notNull(),
    active: boolean().notNull().default(false),
    /** The serialized model (encoder, weights, prior strength), as the model code produced it. */
    model: jsonb().notNull(),
    /** Holdout or cross-validated metrics of this model, the previous one, the org and default models. */
    evaluation: jsonb().notNull(),
    /** Which of the owner's actions preceded their wins (pooled toward the team's), for the next best action. */
    actionEvidence: jsonb(),
    sampleSize: integer().notNull(),
    positives: integer().notNull(),
    /** Why the model was or was not activated, in words. */
    notes: text(),
    trainedAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull(),
    activatedAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("scoring_models_owner_version_idx").on(t.organizationId, t.userId, t.version), index("scoring_models_active_idx").on(t.organizationId, t.userId, t.active)],
);
