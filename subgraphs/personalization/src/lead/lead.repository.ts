/** Whether a lead exists, read through the sales subgraph's view for personalization (id and organization only). */
import { and, eq } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";

type Executor = Pick<Database, "select">;

export class LeadRepository {
  constructor(readonly organizationId: string) {}

  /** True when the lead exists in the caller's organization. */
  async exists(tx: Executor, leadId: string): Promise<boolean> {
    const rows = await tx
      .select({ id: schema.leadsForPersonalization.id })
      .from(schema.leadsForPersonalization)
      .where(and(eq(schema.leadsForPersonalization.organizationId, this.organizationId), eq(schema.leadsForPersonalization.id, leadId)))
      .limit(1);
    return rows.length > 0;
  }
}
