import { batchLoader, groupLoader, type BaseContext } from "@revgraph/graph";
import { createLeadLoaders, type OwnLeadCheck } from "./lead/lead.loaders";
import { LeadRepository } from "./lead/lead.repository";
import { LifetimeValueRepository } from "./lifetime-value/lifetime-value.repository";
import { LifetimeValueService } from "./lifetime-value/lifetime-value.service";
import { createProfileLoaders } from "./profile/profile.loaders";
import { ProfileRepository } from "./profile/profile.repository";
import { ProfileService } from "./profile/profile.service";
import { RecommendationRepository } from "./recommendation/recommendation.repository";
import { RecommendationService } from "./recommendation/recommendation.service";
import { ProfileListRepository } from "./profile-list/profile-list.repository";
import { ProfileListService } from "./profile-list/profile-list.service";
import { ItemRepository, OfferRepository, PurchaseRepository } from "./commerce/commerce.repository";
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
import { CrossSellService } from "./cross-sell/cross-sell.service";
import { RecoveryAttemptRepository } from "./recovery/recovery-attempt.repository";
import { RecoveryAttemptService } from "./recovery/recovery-attempt.service";

/** Per-request state of the personalization subgraph: repositories bound to the caller's organization. */
export function createPersonalizationContext(base: BaseContext) {
  const org = base.identity.organizationId;
  const profiles = new ProfileRepository(base.db, org);
  const leads = new LeadRepository(org);
  const leadLoaders = createLeadLoaders(base.db, leads);
  // Every Lead field here asks through this one loader, so an _entities call or a page of leads
  // costs one existence query however many leads and fields it names.
  const isOwnLead: OwnLeadCheck = async (leadId) => (await leadLoaders.ownLead.load(leadId)) !== null;
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
  const offerPolicy = new OfferPolicyService(offers);
  const suggestedOffers = new SuggestedOfferService(new PricingRepository(base.db, org), offers, items, isOwnLead, offerPolicy);
  const recommendations = new RecommendationService(items, purchases, new RecommendationRepository(base.db, org), isOwnLead, {
    policy: offerPolicy,
    responseModel: () => suggestedOffers.responseModel(),
  });
  const recoveryAttempts = new RecoveryAttemptRepository(base.db, org);
  const recoveryAttemptService = new RecoveryAttemptService(base.db, base.identity, recoveryAttempts, leads, profiles);
  return {
    ...base,
    loaders: {
      ...leadLoaders,
      ...createProfileLoaders(profiles, items),
      purchasesByLead: groupLoader(
        (leadIds: readonly string[]) => purchases.findByLeadIds(leadIds),
        (row) => row.leadId,
      ),
      purchasesByAccount: groupLoader(
        (accountIds: readonly string[]) => purchases.findByAccountIds(accountIds),
        (row) => row.accountId!,
      ),
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
      recommendations,
      crossSell: new CrossSellService(items, purchases),
      offerPolicy,
      suggestedOffers,
      recovery: new RecoveryService(new RecoveryRepository(base.db, org), items, recommendations, suggestedOffers, recoveryAttemptService),
      recoveryAttempts: recoveryAttemptService,
      lifetimeValue,
    },
  };
}

export type PersonalizationContext = ReturnType<typeof createPersonalizationContext>;
