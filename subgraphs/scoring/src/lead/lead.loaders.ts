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
    /**
     * Each lead's fingerprint and engagement score (see LeadFactsRepository.states), null for leads
     * the caller cannot see: what a cached prediction is checked against, the score field, and how
     * a reference is known to exist without reading the lead's row.
     */
    state: batchLoader(
      (ids: readonly string[]) => repo.states(ids),
      (row) => row.id,
    ),
  };
}

export type LeadLoaders = ReturnType<typeof createLeadLoaders>;
