/** Records the customer-success subgraph's language-model calls (tokens, cost, latency, outcome) for one organization. */
import { sql } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";

export type AiUsageInput = Omit<typeof schema.customerSuccessAiUsage.$inferInsert, "id" | "organizationId" | "createdAt">;

export class AiUsageRepository {
  constructor(
    private readonly db: Database,
    private readonly organizationId: string,
  ) {}

  async record(row: AiUsageInput): Promise<void> {
    await this.db.insert(schema.customerSuccessAiUsage).values({ ...row, organizationId: this.organizationId });
  }
}

export type AiUsageKey = "OPERATION" | "MODEL" | "DAY";

/**
 * The organization's language-model calls in [from, to), grouped, across subgraphs: this
 * subgraph's own rows and the scoring subgraph's through its read view for customer success.
 */
export async function summarizeAiUsage(db: Database, organizationId: string, from: Date, to: Date, groupBy: AiUsageKey) {
  const key = groupBy === "OPERATION" ? sql`feature` : groupBy === "MODEL" ? sql`model` : sql`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD')`;
  const f = from.toISOString();
  const t = to.toISOString();
  const result = await db.execute(sql`
    select ${key} as key, count(*)::int as calls, (count(*) filter (where outcome = 'ok'))::int as succeeded,
      coalesce(sum(prompt_tokens), 0)::int as prompt_tokens, coalesce(sum(completion_tokens), 0)::int as completion_tokens,
      coalesce(sum(cost_usd), 0)::float8 as cost_usd, avg(latency_ms)::float8 as mean_latency_ms
    from (
      select feature, model, outcome, prompt_tokens, completion_tokens, cost_usd, latency_ms, created_at from customer_success.ai_usage
      where organization_id = ${organizationId} and created_at >= ${f}::timestamptz and created_at < ${t}::timestamptz
      union all
      select feature, model, outcome, prompt_tokens, completion_tokens, cost_usd, latency_ms, created_at from scoring.ai_usage_for_customer_success
      where organization_id = ${organizationId} and created_at >= ${f}::timestamptz and created_at < ${t}::timestamptz
    ) calls
    group by 1 order by 1`);
  const rows = (Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? [])) as Record<string, unknown>[];
  return rows.map((r) => ({
    key: String(r.key),
    calls: Number(r.calls),
    succeeded: Number(r.succeeded),
    fallbacks: Number(r.calls) - Number(r.succeeded),
    promptTokens: Number(r.prompt_tokens),
    completionTokens: Number(r.completion_tokens),
    costUsd: Number(r.cost_usd),
    meanLatencyMs: Number(r.mean_latency_ms),
  }));
}
