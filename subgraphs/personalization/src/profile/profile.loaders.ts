import { batchLoader } from "@revgraph/graph";
import type { ProfileRepository } from "./profile.repository";

/** Per-request loaders: profiles by their id and by their lead's id, one query per batch. */
export function createProfileLoaders(profiles: ProfileRepository) {
  return {
    profile: batchLoader(
      (ids: readonly string[]) => profiles.findByIds(ids),
      (row) => row.id,
    ),
    profileByLead: batchLoader(
      (leadIds: readonly string[]) => profiles.findByLeadIds(leadIds),
      (row) => row.leadId,
    ),
  };
}
