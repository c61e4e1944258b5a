import { batchLoader, groupLoader } from "@revgraph/graph";
import type { LeadFactsRepository } from "./lead-facts.repository";

/** Per-request loaders: one query per kind of data, whatever the number of leads. */
export function createLeadLoaders(repo: LeadFactsRepository) {
  return {
    salesLead: batchLoader(
      (ids: readonly string[]) => repo.leadsByIds(ids),
      (row) => row.id,
    ),
    activities: groupLoader(
      (ids: readonly string[]) => repo.activitiesByLeadIds(ids),
      (row) => row.leadId,
    ),
    score: batchLoader(
      (ids: readonly string[]) => repo.scoresByLeadIds(ids),
      (row) => row.leadId,
    ),
  };
}

export type LeadLoaders = ReturnType<typeof createLeadLoaders>;
