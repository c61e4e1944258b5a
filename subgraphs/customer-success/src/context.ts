import type { BaseContext } from "@revgraph/graph";
import { AccountHealthRepository } from "./account/account-health.repository";
import { createAccountLoaders } from "./account/account.loaders";
import { AccountRepository } from "./account/account.repository";
import { AccountService } from "./account/account.service";

/** Per-request state of the customer-success subgraph: repositories bound to the caller's organization. */
export function createCustomerSuccessContext(base: BaseContext) {
  const org = base.identity.organizationId;
  const accounts = new AccountRepository(base.db, org);
  const history = new AccountHealthRepository(base.db, org);
  return {
    ...base,
    loaders: createAccountLoaders(accounts, history),
    services: { accounts: new AccountService(base.db, accounts, history) },
  };
}

export type CustomerSuccessContext = ReturnType<typeof createCustomerSuccessContext>;
