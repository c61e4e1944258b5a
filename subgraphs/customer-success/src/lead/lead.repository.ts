/** Which leads exist in the caller's organization, read through sales.leads_for_customer_success; never written here. */
import { and, eq, inArray } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import { isUuid } from "@revgraph/graph";

const { leadsForCustomerSuccess: leads } = schema;

export class LeadRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  /** The ids among `leadIds` that are leads of the caller's organization. */
  async existing(leadIds: readonly string[]): Promise<string[]> {
    const valid = [...new Set(leadIds.filter(isUuid))];
    if (valid.length === 0) return [];
    const rows = await this.db
      .select({ id: leads.id })
      .from(leads)
      .where(and(eq(leads.organizationId, this.organizationId), inArray(leads.id, valid)));
    return rows.map((row) => row.id);
  }
}
