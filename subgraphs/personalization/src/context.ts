import type { BaseContext } from "@revgraph/graph";
import { LeadRepository } from "./lead/lead.repository";
import { createProfileLoaders } from "./profile/profile.loaders";
import { ProfileRepository } from "./profile/profile.repository";
import { ProfileService } from "./profile/profile.service";

/** Per-request state of the personalization subgraph: repositories bound to the caller's organization. */
export function createPersonalizationContext(base: BaseContext) {
  const org = base.identity.organizationId;
  const profiles = new ProfileRepository(base.db, org);
  const leads = new LeadRepository(org);
  return {
    ...base,
    loaders: createProfileLoaders(profiles),
    services: { profiles: new ProfileService(base.db, profiles, leads) },
  };
}

export type PersonalizationContext = ReturnType<typeof createPersonalizationContext>;
