import type { BaseContext } from "@revgraph/graph";
import { createAccountLoaders } from "./account/account.loaders";
import { createCommerceLoaders } from "./catalog/commerce.loaders";
import { ItemRepository } from "./catalog/item.repository";
import { ItemService } from "./catalog/item.service";
import { ConversionRepository } from "./conversion/conversion.repository";
import { ConversionService } from "./conversion/conversion.service";
import { createLeadLoaders } from "./lead/lead.loaders";
import { LeadRepository } from "./lead/lead.repository";
import { LeadService } from "./lead/lead.service";
import { OfferRepository } from "./offer/offer.repository";
import { OfferService } from "./offer/offer.service";
import { OfferPolicyRepository } from "./offer-policy/offer-policy.repository";
import { OfferPolicyService } from "./offer-policy/offer-policy.service";
import { BuyerRepository } from "./purchase/buyer.repository";
import { PurchaseRepository } from "./purchase/purchase.repository";
import { PurchaseService } from "./purchase/purchase.service";
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
  const items = new ItemRepository(base.db, org);
  const purchases = new PurchaseRepository(base.db, org);
  const offers = new OfferRepository(base.db, org);
  const buyers = new BuyerRepository(org);
  const offerPolicy = new OfferPolicyService(base.identity, new OfferPolicyRepository(base.db, org));
  return {
    ...base,
    loaders: { ...createUserLoaders(users), ...createLeadLoaders(leads), ...createCommerceLoaders(items, purchases, offers), ...createAccountLoaders(base.db, buyers) },
    services: {
      leads: new LeadService(base.db, base.identity, leads, users),
      conversions: new ConversionService(base.db, base.identity, leads, conversions),
      seasonality: new SeasonalityService(base.identity, new SeasonalityRepository(base.db)),
      items: new ItemService(base.db, items),
      purchases: new PurchaseService(base.db, purchases, items, buyers),
      offers: new OfferService(base.db, base.identity, offers, items, buyers, offerPolicy),
      offerPolicy,
    },
  };
}

export type SalesContext = ReturnType<typeof createSalesContext>;
