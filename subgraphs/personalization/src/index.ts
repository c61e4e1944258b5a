import "reflect-metadata";
import { buildFederatedSchema, type SubgraphDefinition } from "@revgraph/graph";
import { createPersonalizationContext, type PersonalizationContext } from "./context";
import { leadReference } from "./lead/lead.reference";
import { LeadProfileResolver } from "./lead/lead.resolver";
import { Lead } from "./lead/lead.type";
import { accountReference } from "./account/account.reference";
import { Account } from "./account/account.type";
import { AccountCrossSellResolver } from "./cross-sell/cross-sell.resolver";
import { AccountLifetimeValueResolver } from "./lifetime-value/account-lifetime-value.resolver";
import { LeadSuggestedOfferResolver } from "./pricing/suggested-offer.resolver";
import { ProfileInsightsResolver } from "./profile/profile-insights.resolver";
import { ProfileInterestResolver, ProfileRejectedItemResolver, ProfileViewedItemResolver } from "./profile/profile-items.resolver";
import { profileReference } from "./profile/profile.reference";
import { ProfileResolver } from "./profile/profile.resolver";
import { ProfileListResolver } from "./profile-list/profile-list.resolver";
import { PersonaResolver, ProfilePersonaResolver } from "./persona/persona.resolver";
import { ProfileSegmentsResolver, SegmentResolver } from "./segment/segment.resolver";
import { BundleResolver, LeadRecommendationResolver } from "./recommendation/recommendation.resolver";
import { RecoveryResolver } from "./recovery/recovery.resolver";
import { RecoveryAttemptResolver } from "./recovery/recovery-attempt.resolver";

/** The personalization subgraph: owns CustomerProfile, segments and personas; extends Lead with its profile, recommendations and suggested offers, reading the commerce facts sales owns through its views. */
export function personalizationSubgraph(): SubgraphDefinition<PersonalizationContext> {
  return {
    name: "personalization",
    buildSchema: () =>
      buildFederatedSchema(
        {
          resolvers: [
            ProfileResolver,
            ProfileInsightsResolver,
            ProfileViewedItemResolver,
            ProfileRejectedItemResolver,
            ProfileInterestResolver,
            ProfileListResolver,
            SegmentResolver,
            ProfileSegmentsResolver,
            PersonaResolver,
            ProfilePersonaResolver,
            LeadProfileResolver,
            LeadRecommendationResolver,
            BundleResolver,
            LeadSuggestedOfferResolver,
            RecoveryResolver,
            AccountCrossSellResolver,
            AccountLifetimeValueResolver,
            RecoveryAttemptResolver,
          ],
          orphanedTypes: [Lead, Account],
        },
        { ...profileReference, ...leadReference, ...accountReference },
      ),
    extendContext: createPersonalizationContext,
  };
}

// For benchmarks that compute what the graph serves without it (bench/support/floor-server.ts).
export { scoreProfile } from "./profile/profile-scoring";
