import "reflect-metadata";
import { buildFederatedSchema, type SubgraphDefinition } from "@revgraph/graph";
import { accountReference } from "./account/account.reference";
import { AccountResolver } from "./account/account.resolver";
import { AccountAnomalyResolver } from "./anomalies/account-anomaly.resolver";
import { AccountOutcomeResolver } from "./outcomes/account-outcome.resolver";
import { ScorecardResolver } from "./scorecard/scorecard.resolver";
import { AccountSignalResolver } from "./signals/account-signal.resolver";
import { createCustomerSuccessContext, type CustomerSuccessContext } from "./context";
import { leadReference } from "./lead/lead.reference";
import { LeadAccountResolver } from "./lead/lead.resolver";
import { Lead } from "./lead/lead.type";

/** The customer-success subgraph: owns Account, its signals, outcomes, scorecard health and anomalies, and extends Lead with its company's account. */
export function customerSuccessSubgraph(): SubgraphDefinition<CustomerSuccessContext> {
  return {
    name: "customer-success",
    buildSchema: () =>
      buildFederatedSchema(
        {
          resolvers: [AccountResolver, AccountSignalResolver, AccountOutcomeResolver, AccountAnomalyResolver, ScorecardResolver, LeadAccountResolver],
          orphanedTypes: [Lead],
        },
        { ...accountReference, ...leadReference },
      ),
    extendContext: createCustomerSuccessContext,
  };
}
