import { batchLoader } from "@revgraph/graph";
import type { Database } from "@revgraph/db";
import type { LeadRepository } from "./lead.repository";

/** Whether a lead id is a lead of the caller's organization (false for another's or a made-up id). */
export type OwnLeadCheck = (leadId: string) => Promise<boolean>;

/** Per-request loaders over the leads personalization may see (sales.leads_for_personalization). */
export function createLeadLoaders(db: Database, leads: LeadRepository) {
  return {
    /** The id back when the lead is the caller's organization's, else null: one query per batch of ids. */
    ownLead: batchLoader(
      async (ids: readonly string[]) => [...(await leads.existing(db, ids))],
      (id) => id,
    ),
  };
}
