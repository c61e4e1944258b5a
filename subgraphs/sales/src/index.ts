import "reflect-metadata";
import { buildFederatedSchema, type SubgraphDefinition } from "@revgraph/graph";
import { accountReference } from "./account/account.reference";
import { AccountLeadsResolver } from "./account/account.resolver";
import { Account } from "./account/account.type";
import { AnalyticsResolver } from "./analytics/analytics.resolver";
import { itemReference } from "./catalog/item.reference";
import { ItemResolver } from "./catalog/item.resolver";
import { ConversionResolver } from "./conversion/conversion.resolver";
import { createSalesContext, type SalesContext } from "./context";
import { leadReference } from "./lead/lead.reference";
import { LeadCommerceResolver } from "./lead/lead-commerce.resolver";
import { LeadResolver } from "./lead/lead.resolver";
import { OfferResolver } from "./offer/offer.resolver";
import { OfferPolicyResolver } from "./offer-policy/offer-policy.resolver";
import { PurchaseLineResolver, PurchaseResolver } from "./purchase/purchase.resolver";
import { SeasonalityResolver } from "./seasonality/seasonality.resolver";
import { Provisioner } from "./user/user.provisioning";
import { userReference } from "./user/user.reference";
import { UserResolver } from "./user/user.resolver";

/** The sales subgraph: owns User and Lead, the conversions that close leads and the commerce facts (Item, Purchase, Offer, the offer policy); extends Account with its leads. */
export function salesSubgraph(): SubgraphDefinition<SalesContext> {
  const provisioner = new Provisioner();
  return {
    name: "sales",
    buildSchema: () =>
      buildFederatedSchema(
        {
          resolvers: [
            UserResolver,
            LeadResolver,
            LeadCommerceResolver,
            ConversionResolver,
            AnalyticsResolver,
            SeasonalityResolver,
            AccountLeadsResolver,
            ItemResolver,
            PurchaseResolver,
            PurchaseLineResolver,
            OfferResolver,
            OfferPolicyResolver,
          ],
          orphanedTypes: [Account],
        },
        { ...userReference, ...leadReference, ...accountReference, ...itemReference },
      ),
    async extendContext(base) {
      await provisioner.ensure(base.db, base.identity);
      return createSalesContext(base);
    },
  };
}
