import "reflect-metadata";
import { buildFederatedSchema, type SubgraphDefinition } from "@revgraph/graph";
import { createPersonalizationContext, type PersonalizationContext } from "./context";
import { leadReference } from "./lead/lead.reference";
import { LeadProfileResolver } from "./lead/lead.resolver";
import { Lead } from "./lead/lead.type";
import { profileReference } from "./profile/profile.reference";
import { ProfileResolver } from "./profile/profile.resolver";

/** The personalization subgraph: owns CustomerProfile and extends Lead with its profile. */
export function personalizationSubgraph(): SubgraphDefinition<PersonalizationContext> {
  return {
    name: "personalization",
    buildSchema: () =>
      buildFederatedSchema({ resolvers: [ProfileResolver, LeadProfileResolver], orphanedTypes: [Lead] }, { ...profileReference, ...leadReference }),
    extendContext: createPersonalizationContext,
  };
}

// For benchmarks that compute what the graph serves without it (bench/support/floor-server.ts).
export { scoreProfile } from "./profile/profile-scoring";
