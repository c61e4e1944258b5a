import "reflect-metadata";
import { buildFederatedSchema, type SubgraphDefinition } from "@revgraph/graph";
import { accountReference } from "./account/account.reference";
import { AccountResolver } from "./account/account.resolver";
import { createCustomerSuccessContext, type CustomerSuccessContext } from "./context";
import { leadReference } from "./lead/lead.reference";
import { LeadAccountResolver } from "./lead/lead.resolver";
import { Lead } from "./lead/lead.type";

/** The customer-success subgraph: owns Account and its health, and extends Lead with its company's account. */
export function customerSuccessSubgraph(): SubgraphDefinition<CustomerSuccessContext> {
  return {
    name: "customer-success",
    buildSchema: () =>
      buildFederatedSchema({ resolvers: [AccountResolver, LeadAccountResolver], orphanedTypes: [Lead] }, { ...accountReference, ...leadReference }),
    extendContext: createCustomerSuccessContext,
  };
}

// For benchmarks that compute what the graph serves without it (bench/support/floor-server.ts).
export { companyDomainOf } from "./lead/company-domain";
