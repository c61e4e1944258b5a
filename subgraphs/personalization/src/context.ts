import { batchLoader, type BaseContext } from "@revgraph/graph";
import { createCommerceLoaders } from "./catalog/commerce.loaders";
import { ItemRepository } from "./catalog/item.repository";
import { ItemService } from "./catalog/item.service";
import { LeadRepository } from "./lead/lead.repository";
import { LifetimeValueRepository } from "./lifetime-value/lifetime-value.repository";
import { LifetimeValueService } from "./lifetime-value/lifetime-value.service";
import { OfferRepository } from "./offer/offer.repository";
import { OfferService } from "./offer/offer.service";
import { createProfileLoaders } from "./profile/profile.loaders";
import { ProfileRepository } from "./profile/profile.repository";
import { ProfileService } from "./profile/profile.service";
import { RecommendationRepository } from "./recommendation/recommendation.repository";
import { RecommendationService } from "./recommendation/recommendation.service";
import { PurchaseRepository } from "./purchase/purchase.repository";
import { ProfileListRepository } from "./profile-list/profile-list.repository";
import { ProfileListService } from "./profile-list/profile-list.service";
import { PurchaseService } from "./purchase/purchase.service";
import { OfferPolicyRepository } from "./pricing/offer-policy.repository";
import { OfferPolicyService } from "./pricing/offer-policy.service";
import { PricingRepository } from "./pricing/pricing.repository";
import { SuggestedOfferService } from "./pricing/suggested-offer.service";
import { PurchaseTimingRepository } from "./purchase-timing/purchase-timing.repository";
import { PurchaseTimingService } from "./purchase-timing/purchase-timing.service";
import { PersonaRepository } from "./persona/persona.repository";
import { PersonaService } from "./persona/persona.service";
import { MemberValueService } from "./segment/member-value.service";
import { createSegmentLoaders } from "./segment/segment.loaders";
import { SegmentRepository } from "./segment/segment.repository";
import { SegmentService } from "./segment/segment.service";
import { RecoveryRepository } from "./recovery/recovery.repository";
import { RecoveryService } from "./recovery/recovery.service";
import { RecoveryAttemptRepository } from "./recovery/recovery-attempt.repository";
import { RecoveryAttemptService } from "./recovery/recovery-attempt.service";

/** Per-request state of the personalization subgraph: repositories bound to the caller's organization. */
export function createPersonalizationContext(base: BaseContext) {
  const org = base.identity.organizationId;
  const profiles = new ProfileRepository(base.db, org);
  const leads = new LeadRepository(org);
  const items = new ItemRepository(base.db, org);
  const purchases = new PurchaseRepository(base.db, org);
  const offers = new OfferRepository(base.db, org);
  const profileLists = new ProfileListRepository(base.db, org);
  const profileListService = new ProfileListService(profileLists);
  const lifetimeValue = new LifetimeValueService(new LifetimeValueRepository(base.db, org), purchases);
  const timing = new PurchaseTimingRepository(base.db, org);
  const segmentRepository = new SegmentRepository(base.db, org);
  const memberValues = new MemberValueService(lifetimeValue, purchases);
  const segments = new SegmentService(segmentRepository, profileListService, memberValues, base.identity.userId);
  const offerPolicy = new OfferPolicyService(base.identity, new OfferPolicyRepository(base.db, org));
  const recommendations = new RecommendationService(items, purchases, new RecommendationRepository(base.db, org));
  const recoveryAttempts = new RecoveryAttemptRepository(base.db, org);
  const recoveryAttemptService = new RecoveryAttemptService(base.db, base.identity, recoveryAttempts, leads, profiles);
  const suggestedOffers = new SuggestedOfferService(base.db, new PricingRepository(base.db, org), items, leads, offerPolicy);
  return {
    ...base,
    loaders: {
      ...createProfileLoaders(profiles, items),
      ...createCommerceLoaders(items, purchases, offers),
      ...createSegmentLoaders(segmentRepository, segments),
      timingLead: batchLoader(
        (leadIds: readonly string[]) => timing.leads(leadIds),
        (lead) => lead.id,
      ),
    },
    services: {
      profiles: new ProfileService(base.db, profiles, leads, recoveryAttempts),
      profileLists: profileListService,
      segments,
      purchaseTiming: new PurchaseTimingService(timing),
      personas: new PersonaService(new PersonaRepository(base.db, org), memberValues),
      items: new ItemService(base.db, items),
      purchases: new PurchaseService(base.db, purchases, items, leads),
      offers: new OfferService(base.db, base.identity, offers, items, leads),
      recommendations,
      offerPolicy,
      suggestedOffers,
      recovery: new RecoveryService(new RecoveryRepository(base.db, org), items, recommendations, suggestedOffers, recoveryAttemptService),
      recoveryAttempts: recoveryAttemptService,
      lifetimeValue,
    },
  };
}

export type PersonalizationContext = ReturnType<typeof createPersonalizationContext>;
