import "reflect-metadata";
import { buildFederatedSchema, type SubgraphDefinition } from "@revgraph/graph";
import { accountReference } from "./account/account.reference";
import { AccountResolver } from "./account/account.resolver";
import { AccountAnomalyResolver } from "./anomalies/account-anomaly.resolver";
import { AccountOutcomeResolver } from "./outcomes/account-outcome.resolver";
import { ScorecardResolver } from "./scorecard/scorecard.resolver";
import { AccountSignalResolver } from "./signals/account-signal.resolver";
import { AccountCtasResolver } from "./cta/account-ctas.resolver";
import { ctaReference } from "./cta/cta.reference";
import { CtaResolver } from "./cta/cta.resolver";
import { CtaEffectivenessResolver } from "./cta/cta-effectiveness.resolver";
import { CtaRulesResolver } from "./cta/cta-rules.resolver";
import { startCtaRuleScheduler } from "./cta/cta-rules.scheduler";
import { createCustomerSuccessContext, type CustomerSuccessContext } from "./context";
import { leadReference } from "./lead/lead.reference";
import { LeadAccountResolver } from "./lead/lead.resolver";
import { Lead } from "./lead/lead.type";
import { PlaybookResolver } from "./playbook/playbook.resolver";
import { createAiClient, type OpenAiSettings } from "./ai/openai-client";
import { AiUsageResolver } from "./ai/ai-usage.resolver";
import { churnPredictionReference } from "./churn/churn.reference";
import { ChurnResolver } from "./churn/churn.resolver";
import { startChurnScheduler } from "./churn/churn-batch.scheduler";
import { ChurnPrediction } from "./churn/churn.type";

export interface CustomerSuccessOptions {
  openai: OpenAiSettings;
}

/** The customer-success subgraph: owns Account, its signals, outcomes, scorecard health and anomalies, churn predictions and models, CTAs and playbooks, and extends Lead with its company's account. */
export function customerSuccessSubgraph(options: CustomerSuccessOptions): SubgraphDefinition<CustomerSuccessContext> {
  const ai = createAiClient(options.openai);
  return {
    name: "customer-success",
    buildSchema: () =>
      buildFederatedSchema(
        {
          resolvers: [
            AccountResolver,
            AccountSignalResolver,
            AccountOutcomeResolver,
            AccountAnomalyResolver,
            ScorecardResolver,
            LeadAccountResolver,
            CtaResolver,
            AccountCtasResolver,
            CtaRulesResolver,
            CtaEffectivenessResolver,
            PlaybookResolver,
            ChurnResolver,
            AiUsageResolver,
          ],
          orphanedTypes: [Lead, ChurnPrediction],
        },
        { ...accountReference, ...leadReference, ...ctaReference, ...churnPredictionReference },
      ),
    extendContext: (base) => createCustomerSuccessContext(base, ai),
    startBackground: async ({ db, log, pollMs }) => {
      const stops = [await startCtaRuleScheduler({ db, log, pollMs }), await startChurnScheduler({ db, log, pollMs })];
      return async () => {
        await Promise.all(stops.map((stop) => stop()));
      };
    },
  };
}

// For the churn prediction and anomaly code, operations tooling and tests that raise CTAs directly.
export { raiseCta, type RaiseCtaRequest, type RaiseCtaResult } from "./cta/raise-cta";
export { ensureCtaRuleSchedule, runDueCtaRules } from "./cta/cta-rules.scheduler";
export { DEFAULT_PLAYBOOKS } from "./playbook/default-playbooks";
export { predictChurnInBatch, refreshExpiredChurnPredictions, trainMissingChurnModels } from "./churn/churn-batch";
export { ensureChurnRefreshSchedule, runDueChurnRefresh, runNextChurnJob } from "./churn/churn-batch.scheduler";

// For benchmarks that compute what the graph serves without it (bench/support/floor-server.ts).
export { companyDomainOf } from "./lead/company-domain";
