import { batchLoader } from "@revgraph/graph";
import type { LeadRepository } from "./lead.repository";

/** Per-request loaders over the leads customer success may see (sales.leads_for_customer_success). */
export function createLeadLoaders(leads: LeadRepository) {
  return {
    /** The id back when the lead is the caller's organization's, else null: one query per batch of ids. */
    ownLead: batchLoader(
      (ids: readonly string[]) => leads.existing(ids),
      (id) => id,
    ),
  };
}
