import { index, integer, text, doublePrecision } from "drizzle-orm/pg-core";
import { createdAt, customerSuccessSchema, id, organizationId } from "./_helpers";
import type { AiCallOutcome } from "./scoring-ai-usage";

/** Every language-model call the customer-success subgraph makes: who, what for, tokens, cost and how it ended (the same shape as scoring.ai_usage). */
export const customerSuccessAiUsage = customerSuccessSchema.table(
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
  (t) => [index("cs_ai_usage_org_created_idx").on(t.organizationId, t.createdAt)],
);
