/** Read-only view of the sales subgraph's leads (id and organization only): this subgraph never writes them. */
import { and, eq } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";

type Executor = Pick<Database, "select">;

export class LeadRepository {
  constructor(readonly organizationId: string) {}

  /** True when the lead exists in the caller's organization. */
  async exists(tx: Executor, leadId: string): Promise<boolean> {
    const rows = await tx
      .select({ id: schema.leads.id })
      .from(schema.leads)
      .where(and(eq(schema.leads.organizationId, this.organizationId), eq(schema.leads.id, leadId)))
      .limit(1);
    return rows.length > 0;
  }
}
