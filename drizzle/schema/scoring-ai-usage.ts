import { doublePrecision, index, integer, text } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, scoringSchema } from "./_helpers";

export const aiCallOutcomes = ["ok", "error", "timeout", "invalid"] as const;
export type AiCallOutcome = (typeof aiCallOutcomes)[number];

/** Every call to a language model: who, what for, tokens, cost and how it ended. */
export const aiUsage = scoringSchema.table(
  "ai_usage",
  {
    id: id(),
    organizationId: organizationId(),
    userId: text().notNull(),
    feature: text().notNull(),
    model: text().notNull(),
    promptTokens: integer(),
    completionTokens: integer(),
    /** US dollars, from the model's list price; null when the price is unknown. */
    costUsd: doublePrecision(),
    latencyMs: integer().notNull(),
    outcome: text().$type<AiCallOutcome>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("ai_usage_org_created_idx").on(t.organizationId, t.createdAt)],
);
