/** Records the customer-success subgraph's language-model calls (tokens, cost, latency, outcome) for one organization. */
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
