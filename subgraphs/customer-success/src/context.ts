import type { BaseContext } from "@revgraph/graph";
import { AccountHealthRepository } from "./account/account-health.repository";
import { createAccountLoaders } from "./account/account.loaders";
import { AccountRepository } from "./account/account.repository";
import { AccountService } from "./account/account.service";
import { createCtaLoaders } from "./cta/cta.loaders";
import { CtaRepository } from "./cta/cta.repository";
import { CtaService } from "./cta/cta.service";
import { PlaybookRepository } from "./playbook/playbook.repository";
import { PlaybookService } from "./playbook/playbook.service";

/** Per-request state of the customer-success subgraph: repositories bound to the caller's organization. */
export function createCustomerSuccessContext(base: BaseContext) {
  const org = base.identity.organizationId;
  const accounts = new AccountRepository(base.db, org);
  const history = new AccountHealthRepository(base.db, org);
  const ctas = new CtaRepository(base.db, org);
  const playbooks = new PlaybookRepository(base.db, org);
  const ctaService = new CtaService(base.db, base.identity, ctas);
  return {
    ...base,
    loaders: { ...createAccountLoaders(accounts, history), ...createCtaLoaders(ctas, playbooks, ctaService.now) },
    services: {
      accounts: new AccountService(base.db, accounts, history),
      ctas: ctaService,
      playbooks: new PlaybookService(base.db, base.identity, playbooks),
    },
  };
}

export type CustomerSuccessContext = ReturnType<typeof createCustomerSuccessContext>;
