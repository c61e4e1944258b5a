import "reflect-metadata";
import { buildFederatedSchema, type SubgraphDefinition } from "@revgraph/graph";
import { accountReference } from "./account/account.reference";
import { AccountLeadsResolver } from "./account/account.resolver";
import { Account } from "./account/account.type";
import { AnalyticsResolver } from "./analytics/analytics.resolver";
import { ConversionResolver } from "./conversion/conversion.resolver";
import { createSalesContext, type SalesContext } from "./context";
import { leadReference } from "./lead/lead.reference";
import { LeadResolver } from "./lead/lead.resolver";
import { SeasonalityResolver } from "./seasonality/seasonality.resolver";
import { Provisioner } from "./user/user.provisioning";
import { userReference } from "./user/user.reference";
import { UserResolver } from "./user/user.resolver";

/** The sales subgraph: owns User and Lead, and the conversions that close leads; extends Account with its leads. */
export function salesSubgraph(): SubgraphDefinition<SalesContext> {
  const provisioner = new Provisioner();
  return {
    name: "sales",
    buildSchema: () =>
      buildFederatedSchema(
        { resolvers: [UserResolver, LeadResolver, ConversionResolver, AnalyticsResolver, SeasonalityResolver, AccountLeadsResolver], orphanedTypes: [Account] },
        { ...userReference, ...leadReference, ...accountReference },
      ),
    async extendContext(base) {
      await provisioner.ensure(base.db, base.identity);
      return createSalesContext(base);
    },
  };
}
