import type { BaseContext } from "@revgraph/graph";
import { groupLoader } from "@revgraph/graph";
import { AccountHealthRepository } from "./account/account-health.repository";
import { createAccountLoaders } from "./account/account.loaders";
import { AccountRepository } from "./account/account.repository";
import { AccountService } from "./account/account.service";
import { createAnomalyLoaders } from "./anomalies/account-anomaly.loaders";
import { AccountAnomalyRepository } from "./anomalies/account-anomaly.repository";
import { AccountOutcomeRepository } from "./outcomes/account-outcome.repository";
import { AccountOutcomeService } from "./outcomes/account-outcome.service";
import { HealthRecomputer } from "./scorecard/health-recompute";
import { ScorecardRepository } from "./scorecard/scorecard.repository";
import { ScorecardService } from "./scorecard/scorecard.service";
import { createLeadLoaders } from "./lead/lead.loaders";
import { LeadRepository } from "./lead/lead.repository";
import { createSignalLoaders } from "./signals/account-signal.loaders";
import { AccountSignalRepository } from "./signals/account-signal.repository";
import { AccountSignalService } from "./signals/account-signal.service";
import { createCtaLoaders } from "./cta/cta.loaders";
import { CtaRepository } from "./cta/cta.repository";
import { CtaService } from "./cta/cta.service";
import { PlaybookRepository } from "./playbook/playbook.repository";
import { PlaybookService } from "./playbook/playbook.service";
import { AiUsageRepository } from "./ai/ai-usage.repository";
import type { AiClient } from "./ai/openai-client";
import { ChurnModelRepository } from "./churn/churn-model.repository";
import { ChurnPredictionRepository } from "./churn/churn-prediction.repository";
import { ChurnPredictor } from "./churn/churn-predictor";
import { ChurnSnapshotRepository } from "./churn/churn-snapshot.repository";
import { ChurnTextWriter } from "./churn/churn-text-writer";
import { ChurnService } from "./churn/churn.service";
import { CsJobRepository } from "./churn/churn-job.repository";
import { batchLoader, isUuid } from "@revgraph/graph";

/** Per-request state of the customer-success subgraph: repositories bound to the caller's organization. */
export function createCustomerSuccessContext(base: BaseContext, ai: AiClient) {
  const org = base.identity.organizationId;
  const accounts = new AccountRepository(base.db, org);
  const history = new AccountHealthRepository(base.db, org);
  const signals = new AccountSignalRepository(base.db, org);
  const anomalies = new AccountAnomalyRepository(base.db, org);
  const outcomes = new AccountOutcomeRepository(base.db, org);
  const recomputer = new HealthRecomputer(org, signals, history, anomalies);
  const scorecards = new ScorecardService(base.db, base.identity, new ScorecardRepository(base.db, org), signals, recomputer);
  const ctas = new CtaRepository(base.db, org);
  const playbooks = new PlaybookRepository(base.db, org);
  const ctaService = new CtaService(base.db, base.identity, ctas);
  const churnPredictions = new ChurnPredictionRepository(base.db, org);
  const churnModels = new ChurnModelRepository(base.db, org);
  const snapshots = new ChurnSnapshotRepository(base.db, org);
  const writer = new ChurnTextWriter(ai, new AiUsageRepository(base.db, org), base.identity.userId);
  const churn = new ChurnService(
    base.db,
    base.identity,
    new ChurnPredictor(base.db, org, churnModels, churnPredictions, snapshots, writer),
    churnPredictions,
    churnModels,
    snapshots,
    new CsJobRepository(base.db, org),
  );
  return {
    ...base,
    loaders: {
      ...createAccountLoaders(accounts, history),
      ...createLeadLoaders(new LeadRepository(base.db, org)),
      ...createSignalLoaders(signals),
      ...createAnomalyLoaders(anomalies),
      outcomes: groupLoader(
        (ids: readonly string[]) => outcomes.forAccounts(ids),
        (row) => row.accountId,
      ),
      ...createCtaLoaders(ctas, playbooks, ctaService.now),
      churnRisk: batchLoader(
        (ids: readonly string[]) => churn.currentFor(ids.filter(isUuid)),
        (row) => row.accountId,
      ),
      churnPrediction: batchLoader(
        (ids: readonly string[]) => churnPredictions.findByIds(ids.filter(isUuid)),
        (row) => row.id,
      ),
    },
    services: {
      accounts: new AccountService(base.db, accounts, history),
      scorecards,
      signals: new AccountSignalService(base.db, base.identity, accounts, signals, scorecards, recomputer),
      outcomes: new AccountOutcomeService(base.db, base.identity, accounts, outcomes, churnPredictions),
      ctas: ctaService,
      playbooks: new PlaybookService(base.db, base.identity, playbooks),
      churn,
    },
  };
}

export type CustomerSuccessContext = ReturnType<typeof createCustomerSuccessContext>;
