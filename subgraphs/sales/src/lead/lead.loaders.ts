import { batchLoader } from "@revgraph/graph";
import type { LeadRepository } from "./lead.repository";

export function createLeadLoaders(leads: LeadRepository) {
  return {
    lead: batchLoader(
      (ids: readonly string[]) => leads.findByIds(ids),
      (row) => row.id,
    ),
  };
}
