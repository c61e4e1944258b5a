/**
 * Read-only views of other subgraphs' tables: the sales subgraph's leads (id and organization)
 * and the customer-success subgraph's accounts (id and organization). This subgraph never writes them.
 */
import { and, eq, inArray } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import { isUuid } from "@revgraph/graph";

type Executor = Pick<Database, "select">;

export class LeadRepository {
  constructor(readonly organizationId: string) {}

  /** True when the lead exists in the caller's organization. */
  async exists(tx: Executor, leadId: string): Promise<boolean> {
    return (await this.existing(tx, [leadId])).has(leadId);
  }

  /** The ids among `leadIds` that are leads of the caller's organization. */
  async existing(tx: Executor, leadIds: readonly string[]): Promise<Set<string>> {
    const valid = [...new Set(leadIds.filter(isUuid))];
    if (valid.length === 0) return new Set();
    const rows = await tx
      .select({ id: schema.leads.id })
      .from(schema.leads)
      .where(and(eq(schema.leads.organizationId, this.organizationId), inArray(schema.leads.id, valid)));
    return new Set(rows.map((row) => row.id));
  }

  /** The ids among `accountIds` that are accounts of the caller's organization. */
  async existingAccounts(tx: Executor, accountIds: readonly string[]): Promise<Set<string>> {
    const valid = [...new Set(accountIds.filter(isUuid))];
    if (valid.length === 0) return new Set();
    const rows = await tx
      .select({ id: schema.accounts.id })
      .from(schema.accounts)
      .where(and(eq(schema.accounts.organizationId, this.organizationId), inArray(schema.accounts.id, valid)));
    return new Set(rows.map((row) => row.id));
  }
}
