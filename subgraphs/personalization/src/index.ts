import "reflect-metadata";
import { buildFederatedSchema, type SubgraphDefinition } from "@revgraph/graph";
import { itemReference } from "./catalog/item.reference";
import { ItemResolver } from "./catalog/item.resolver";
import { createPersonalizationContext, type PersonalizationContext } from "./context";
import { LeadCommerceResolver } from "./lead/lead-commerce.resolver";
import { leadReference } from "./lead/lead.reference";
import { LeadProfileResolver } from "./lead/lead.resolver";
import { Lead } from "./lead/lead.type";
import { OfferResolver } from "./offer/offer.resolver";
import { OfferPolicyResolver } from "./pricing/offer-policy.resolver";
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
import { PurchaseLineResolver, PurchaseResolver } from "./purchase/purchase.resolver";

/** The personalization subgraph: owns CustomerProfile and the catalog's commerce facts (Item, Purchase, Offer); extends Lead with its profile, purchases and offers. */
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
            LeadCommerceResolver,
            ItemResolver,
            PurchaseResolver,
            PurchaseLineResolver,
            OfferResolver,
            LeadRecommendationResolver,
            BundleResolver,
            OfferPolicyResolver,
            LeadSuggestedOfferResolver,
            RecoveryResolver,
            RecoveryAttemptResolver,
          ],
          orphanedTypes: [Lead],
        },
        { ...profileReference, ...leadReference, ...itemReference },
      ),
    extendContext: createPersonalizationContext,
  };
}

// For benchmarks that compute what the graph serves without it (bench/support/floor-server.ts).
export { scoreProfile } from "./profile/profile-scoring";
