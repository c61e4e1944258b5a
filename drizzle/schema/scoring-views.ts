/**
 * What other subgraphs may read of the scoring subgraph's data: one read-only view per consumer,
 * in the owner's schema (as sales-views.ts does for sales).
 */
import { sql } from "drizzle-orm";
import { doublePrecision, integer, text, timestamp } from "drizzle-orm/pg-core";
import { scoringSchema } from "./_helpers";
import type { AiCallOutcome } from "./scoring-ai-usage";

/** Customer success: scoring's language-model calls, for the organization-wide `aiUsage` report (no user ids). */
export const aiUsageForCustomerSuccess = scoringSchema
  .view("ai_usage_for_customer_success", {
    organizationId: text().notNull(),
    feature: text().notNull(),
    model: text().notNull(),
    promptTokens: integer(),
    completionTokens: integer(),
    costUsd: doublePrecision(),
    latencyMs: integer().notNull(),
    outcome: text().$type<AiCallOutcome>().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull(),
  })
  .as(sql`select organization_id, feature, model, prompt_tokens, completion_tokens, cost_usd, latency_ms, outcome, created_at from scoring.ai_usage`);
