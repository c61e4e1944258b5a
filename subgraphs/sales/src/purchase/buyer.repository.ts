/**
 * Who may buy or be offered something in the caller's organization: its leads (sales' own table) and
 * its accounts (customer_success.accounts_for_sales, the only thing sales reads of customer success).
 */
import { and, eq, inArray } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import { isUuid } from "@revgraph/graph";

type Executor = Pick<Database, "select">;
const { leads, accountsForSales: accounts } = schema;

export class BuyerRepository {
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
      .select({ id: leads.id })
      .from(leads)
      .where(and(eq(leads.organizationId, this.organizationId), inArray(leads.id, valid)));
    return new Set(rows.map((row) => row.id));
  }

  /** The ids among `accountIds` that are accounts of the caller's organization. */
  async existingAccounts(tx: Executor, accountIds: readonly string[]): Promise<Set<string>> {
    const valid = [...new Set(accountIds.filter(isUuid))];
    if (valid.length === 0) return new Set();
    const rows = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(eq(accounts.organizationId, this.organizationId), inArray(accounts.id, valid)));
    return new Set(rows.map((row) => row.id));
  }
}
