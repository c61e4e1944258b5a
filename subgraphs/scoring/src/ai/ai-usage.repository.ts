/** Records language-model calls (tokens, cost, latency, outcome) for the caller's organization. */
import { schema, type Database } from "@revgraph/db";

export type AiUsageInput = Omit<typeof schema.aiUsage.$inferInsert, "id" | "organizationId" | "createdAt">;

export class AiUsageRepository {
  constructor(
    private readonly db: Database,
    private readonly organizationId: string,
  ) {}

  async record(row: AiUsageInput): Promise<void> {
    await this.db.insert(schema.aiUsage).values({ ...row, organizationId: this.organizationId });
  }
}
