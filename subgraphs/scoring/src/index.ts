import "reflect-metadata";
import { buildFederatedSchema, type SubgraphDefinition } from "@revgraph/graph";
import { ActivityResolver } from "./activity/activity.resolver";
import { createOpenAiClient, type OpenAiSettings } from "./ai/reasoning-writer";
import { JobResolver } from "./jobs/job.resolver";
import { startJobWorker } from "./jobs/worker";
import { createScoringContext, type ScoringContext } from "./context";
import { leadReference } from "./lead/lead.reference";
import { UserAiPreferencesResolver } from "./ai-preferences/ai-preferences.resolver";
import { LeadScoringResolver } from "./lead/lead.resolver";
import { Lead } from "./lead/lead.type";
import { predictionReference } from "./prediction/prediction.reference";
import { PredictionResolver } from "./prediction/prediction.resolver";
import { Prediction } from "./prediction/prediction.type";
import { ScoringModelResolver } from "./scoring-model/scoring-model.resolver";
import { stopTrainingProcesses } from "./scoring-model/training.process";
import { UserScoringResolver, userReference } from "./scoring-model/user.resolver";
import { User } from "./scoring-model/user.type";
import { WorklistResolver } from "./worklist/worklist.resolver";
import { ModelMetricsResolver } from "./model-metrics/model-metrics.resolver";

export interface ScoringOptions {
  openai: OpenAiSettings;
}

/** The scoring subgraph: activities, engagement scores, per-rep conversion models, predictions, next actions. */
export function scoringSubgraph(options: ScoringOptions): SubgraphDefinition<ScoringContext> {
  const ai = { client: createOpenAiClient(options.openai), settings: options.openai };
  return {
    name: "scoring",
    buildSchema: () =>
      buildFederatedSchema(
        {
          resolvers: [
            LeadScoringResolver,
            PredictionResolver,
            ActivityResolver,
            ScoringModelResolver,
            UserScoringResolver,
            UserAiPreferencesResolver,
            JobResolver,
            WorklistResolver,
            ModelMetricsResolver,
          ],
          orphanedTypes: [Lead, Prediction, User],
        },
        { ...leadReference, ...predictionReference, ...userReference },
      ),
    extendContext: (base) => createScoringContext(base, ai),
    startBackground: ({ db, log, pollMs }) => startJobWorker({ db, log, pollMs }),
    stop: stopTrainingProcesses,
  };
}

// For operations tooling, benchmarks and tests that drive the scoring internals directly.
export { JobQueue } from "./jobs/job-queue";
export { LEASE_MS } from "./jobs/worker";
export { enqueueDueSchedules, ensureSchedules } from "./jobs/schedules";
export { QUEUES } from "./jobs/job-handlers";
export { rescoreOpenLeads } from "./score/rescore";
export { hasOutdatedActiveModels, ScoringModelRepository } from "./scoring-model/scoring-model.repository";
export { TrainingDataRepository } from "./scoring-model/training-data.repository";
export { TrainingService, type Trainer } from "./scoring-model/training.service";
export { computeTraining } from "./scoring-model/training.compute";
export { judgeAgainstTeam } from "./model/compare-models";
export { engagementScore } from "./model/features";
export { nextBestAction } from "./next-action/next-action.rules";
