import { batchLoader } from "@revgraph/graph";
import type { LeadRepository } from "./lead.repository";

/** The key of a lead's account in `leadAccount`: the lead's id and its company domain. */
export const leadAccountKey = (leadId: string, domain: string) => `${leadId} ${domain}`;

/** Per-request loaders over the leads customer success may see (sales.leads_for_customer_success). */
export function createLeadLoaders(leads: LeadRepository) {
  return {
    /** The account at a lead's domain (key: leadAccountKey), null for another organization's lead or none there: one query per batch. */
    leadAccount: batchLoader(
      async (keys: readonly string[]) => {
        const rows = await leads.accounts(keys.map((key) => ({ leadId: key.slice(0, key.indexOf(" ")), domain: key.slice(key.indexOf(" ") + 1) })));
        return rows.map((row) => ({ key: leadAccountKey(row.leadId, row.account.domain), account: row.account }));
      },
      (row) => row.key,
    ),
  };
}
