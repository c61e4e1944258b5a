import DataLoader from "dataloader";
import { batchLoader, type BaseContext } from "@revgraph/graph";
import { ActivityRepository } from "./activity/activity.repository";
import { ActivityService } from "./activity/activity.service";
import { LeadFactsRepository } from "./lead/lead-facts.repository";
import { createLeadLoaders } from "./lead/lead.loaders";
import { NextActionService } from "./next-action/next-action.service";
import { PredictionRepository } from "./prediction/prediction.repository";
import { PredictionService } from "./prediction/prediction.service";
import type { ActiveModel } from "./prediction/predictor";
import { ScoringModelRepository } from "./scoring-model/scoring-model.repository";

/** Per-request state of the scoring subgraph: loaders and services bound to the caller. */
export function createScoringContext(base: BaseContext) {
  const org = base.identity.organizationId;
  const leadLoaders = createLeadLoaders(new LeadFactsRepository(base.db, org));
  const predictionRepo = new PredictionRepository(base.db, org);
  const models = new ScoringModelRepository(base.db, org);
  let activeModel: Promise<ActiveModel> | undefined;
  const callerModel = () => (activeModel ??= Promise.resolve({ key: "default", version: "default" } as const));
  const predictions = new PredictionService(predictionRepo, leadLoaders, callerModel);
  const prediction = new DataLoader((ids: readonly string[]) => predictions.forLeads(ids));
  const nextActions = new NextActionService(leadLoaders, prediction);
  return {
    ...base,
    loaders: {
      ...leadLoaders,
      prediction,
      predictionById: batchLoader((ids: readonly string[]) => predictionRepo.byIds(ids), (row) => row.id),
      nextAction: new DataLoader((ids: readonly string[]) => Promise.all(ids.map((id) => nextActions.forLead(id)))),
    },
    repositories: { models },
    services: {
      activities: new ActivityService(base.db, base.identity, new ActivityRepository(org), leadLoaders),
    },
  };
}

export type ScoringContext = ReturnType<typeof createScoringContext>;
