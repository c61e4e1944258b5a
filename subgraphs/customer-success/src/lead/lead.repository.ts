/** Which leads exist in the caller's organization, read through sales.leads_for_customer_success; never written here. */
import { and, eq, sql } from "drizzle-orm";
import { inList, listValues, preparedRead, schema, type Database } from "@revgraph/db";
import { isUuid } from "@revgraph/graph";

const { leadsForCustomerSuccess: leads } = schema;

const existingRead = preparedRead((db, size) =>
  db
    .select({ id: leads.id })
    .from(leads)
    .where(and(eq(leads.organizationId, sql.placeholder("organizationId")), inList(leads.id, "ids", size)))
    .prepare("customer_success_existing_leads"),
);

export class LeadRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  /** The ids among `leadIds` that are leads of the caller's organization. */
  async existing(leadIds: readonly string[]): Promise<string[]> {
    const valid = [...new Set(leadIds.filter(isUuid))];
    if (valid.length === 0) return [];
    const rows = await existingRead(this.db, valid.length).execute({ organizationId: this.organizationId, ...listValues("ids", valid) });
    return rows.map((row) => row.id);
  }
}
