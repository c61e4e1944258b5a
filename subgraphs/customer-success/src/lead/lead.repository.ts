/**
 * The accounts of the caller's leads: leads are read through sales.leads_for_customer_success
 * (never written here), so another organization's lead, or a made-up id, has no account.
 */
import { and, eq, sql } from "drizzle-orm";
import { inList, listValues, preparedRead, schema, type Database } from "@revgraph/db";
import { isUuid } from "@revgraph/graph";
import type { AccountRow } from "../account/account.repository";

const { leadsForCustomerSuccess: leads, accounts } = schema;

/** A lead and the company domain of its email (see companyDomainOf). */
export interface LeadDomain {
  leadId: string;
  domain: string;
}

// `case lead id when $id0 then $domain0 … end`: each of the caller's leads meets the account at its
// own domain through the (organization, domain) index, one statement for the whole batch.
const accountsRead = preparedRead((db, size) =>
  db
    .select({ leadId: leads.id, account: accounts })
    .from(leads)
    .innerJoin(
      accounts,
      and(
        eq(accounts.organizationId, leads.organizationId),
        eq(
          accounts.domain,
          sql`case ${leads.id} ${sql.join(
            Array.from({ length: size }, (_, i) => sql`when ${sql.placeholder(`id${i}`)} then ${sql.placeholder(`domain${i}`)}`),
            sql` `,
          )} end`,
        ),
      ),
    )
    .where(and(eq(leads.organizationId, sql.placeholder("organizationId")), inList(leads.id, "id", size)))
    .prepare("customer_success_lead_accounts"),
);

export class LeadRepository {
  constructor(
    private readonly db: Database,
    readonly organizationId: string,
  ) {}

  /**
   * The account at each lead's domain, for the leads of the caller's organization only. A lead id
   * named twice with different domains keeps the first (the gateway sends each lead's one email).
   */
  async accounts(keys: readonly LeadDomain[]): Promise<{ leadId: string; account: AccountRow }[]> {
    const domains = new Map<string, string>();
    for (const { leadId, domain } of keys) if (isUuid(leadId) && !domains.has(leadId)) domains.set(leadId, domain);
    if (domains.size === 0) return [];
    return accountsRead(this.db, domains.size).execute({
      organizationId: this.organizationId,
      ...listValues("id", [...domains.keys()]),
      ...listValues("domain", [...domains.values()]),
    });
  }
}
