import type { BaseContext } from "@revgraph/graph";
import { ConversionRepository } from "./conversion/conversion.repository";
import { ConversionService } from "./conversion/conversion.service";
import { createLeadLoaders } from "./lead/lead.loaders";
import { LeadRepository } from "./lead/lead.repository";
import { LeadService } from "./lead/lead.service";
import { SeasonalityRepository } from "./seasonality/seasonality.repository";
import { SeasonalityService } from "./seasonality/seasonality.service";
import { createUserLoaders } from "./user/user.loaders";
import { UserRepository } from "./user/user.repository";

/** Per-request state of the sales subgraph: repositories bound to the caller's organization. */
export function createSalesContext(base: BaseContext) {
  const org = base.identity.organizationId;
  const users = new UserRepository(base.db, org);
  const leads = new LeadRepository(base.db, org);
  const conversions = new ConversionRepository(org);
  return {
    ...base,
    loaders: { ...createUserLoaders(users), ...createLeadLoaders(leads) },
    services: {
      leads: new LeadService(base.db, base.identity, leads, users),
      conversions: new ConversionService(base.db, base.identity, leads, conversions),
      seasonality: new SeasonalityService(base.identity, new SeasonalityRepository(base.db)),
    },
  };
}

export type SalesContext = ReturnType<typeof createSalesContext>;
