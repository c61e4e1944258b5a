import { batchLoader } from "@revgraph/graph";
import type { ItemRepository } from "../commerce/commerce.repository";
import type { ProfileRepository } from "./profile.repository";

/** Per-request loaders: profiles by their id and by their lead's id (whole, or the scores only), and the catalog items profiles name by externalId; one query per batch. */
export function createProfileLoaders(profiles: ProfileRepository, items: ItemRepository) {
  return {
    profile: batchLoader(
      (ids: readonly string[]) => profiles.findByIds(ids),
      (row) => row.id,
    ),
    profileByLead: batchLoader(
      (leadIds: readonly string[]) => profiles.findByLeadIds(leadIds),
      (row) => row.leadId,
    ),
    /** A lead's profile scores only (see ProfileRepository.summariesByLeadIds). */
    profileSummaryByLead: batchLoader(
      (leadIds: readonly string[]) => profiles.summariesByLeadIds(leadIds),
      (row) => row.leadId,
    ),
    itemByExternalId: batchLoader(
      (externalIds: readonly string[]) => items.findByExternalIds(externalIds),
      (row) => row.externalId,
    ),
  };
}
