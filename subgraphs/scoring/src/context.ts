import DataLoader from "dataloader";
import type OpenAI from "openai";
import { AiUsageRepository } from "./ai/ai-usage.repository";
import { ReasoningWriter, type OpenAiSettings } from "./ai/reasoning-writer";
import { batchLoader, loaderOptions, type BaseContext } from "@revgraph/graph";
import { ActivityRepository } from "./activity/activity.repository";
import { ActivityService } from "./activity/activity.service";
import { LeadFactsRepository } from "./lead/lead-facts.repository";
import { createLeadLoaders } from "./lead/lead.loaders";
import { servedEvidence } from "./next-action/action-evidence";
import type { RepEvidence } from "./next-action/next-action.rules";
import { NextActionService } from "./next-action/next-action.service";
import { AiPreferencesRepository } from "./ai-preferences/ai-preferences.repository";
import { AiPreferencesService } from "./ai-preferences/ai-preferences.service";
import { PredictionRepository, type PredictionExtras } from "./prediction/prediction.repository";
import { PredictionService } from "./prediction/prediction.service";
import { DEFAULT_MODEL, DEFAULT_SERVING, type ActiveModel, type ServingModel } from "./prediction/predictor";
import type { TrainedModel } from "./model/model-types";
import { ScoringModelRepository, type ServingModelSummary } from "./scoring-model/scoring-model.repository";
import { ScoringModelService } from "./scoring-model/scoring-model.service";
import { TrainingDataRepository } from "./scoring-model/training-data.repository";
import { TrainingService } from "./scoring-model/training.service";
import { ModelMetricsRepository } from "./model-metrics/model-metrics.repository";
import { ModelMetricsService } from "./model-metrics/model-metrics.service";
import { WorklistRepository } from "./worklist/worklist.repository";
import { WorklistService } from "./worklist/worklist.service";

/** Per-request state of the scoring subgraph: loaders and services bound to the caller. */
export function createScoringContext(base: BaseContext, ai: { client: OpenAI | null; settings: OpenAiSettings }) {
  const org = base.identity.organizationId;
  const leadFacts = new LeadFactsRepository(base.db, org);
  const leadLoaders = createLeadLoaders(leadFacts);
  const predictionRepo = new PredictionRepository(base.db, org);
  const modelRepo = new ScoringModelRepository(base.db, org);
  const models = new ScoringModelService(base.db, base.identity, modelRepo);
  // Which model serves the caller is read without its JSON; the JSON only when a prediction must be computed.
  let callerServing: Promise<ServingModel> | undefined;
  const servingModel = () => (callerServing ??= models.servingSummary().then(toServingModel));
  let callerModel: Promise<ActiveModel> | undefined;
  const activeModel = () =>
    (callerModel ??= servingModel().then(async (serving) => (serving.level === "default" ? DEFAULT_MODEL : toActiveModel(serving, await models.modelJson(serving.key)))));
  const predictionFactors = batchLoader(
    (ids: readonly string[]) => predictionRepo.factorsByIds(ids),
    (row) => row.id,
  );
  const predictionActions = batchLoader(
    (ids: readonly string[]) => predictionRepo.actionsByIds(ids),
    (row) => row.id,
  );
  // The action evidence (18 KB of counts) only when actions must be ranked: cached ones were stored with the prediction.
  let callerEvidence: Promise<RepEvidence | null> | undefined;
  const repEvidence = () =>
    (callerEvidence ??= servingModel().then(async (serving) => (serving.level === "default" ? null : toRepEvidence(serving, await models.evidenceJson(serving.key)))));
  // Set by the resolvers of Lead.prediction (factors) and Lead.nextAction(s) before the predictions are read, so that one statement brings what they will need.
  const predictionExtras: PredictionExtras = { factors: 0, actions: false };
  const predictions = new PredictionService(
    predictionRepo,
    leadLoaders,
    servingModel,
    activeModel,
    repEvidence,
    predictionFactors,
    predictionActions,
    async (ids) => {
      const rows = await leadLoaders.state.loadMany(ids);
      return new Map(rows.flatMap((row) => (row && !(row instanceof Error) ? [[row.id, row.fingerprint] as const] : [])));
    },
    () => predictionExtras,
  );
  const prediction = new DataLoader((ids: readonly string[]) => predictions.forLeads(ids), loaderOptions);
  const writer = new ReasoningWriter(ai.client, ai.settings, new AiUsageRepository(base.db, org), base.identity.userId);
  const aiPreferences = new AiPreferencesService(new AiPreferencesRepository(base.db, org, base.identity.userId));
  const nextActions = new NextActionService(leadLoaders, prediction, predictionActions, repEvidence, writer, () => aiPreferences.get());
  return {
    ...base,
    predictionExtras,
    loaders: {
      ...leadLoaders,
      prediction,
      predictionById: batchLoader(
        (ids: readonly string[]) => predictionRepo.byIds(ids),
        (row) => row.id,
      ),
      /** A prediction's stored factors, read only when a selection asks for them. */
      predictionFactors,
      /** The ranked next actions per lead (nextAction is the first). */
      nextActions: new DataLoader((ids: readonly string[]) => nextActions.forLeads(ids), loaderOptions),
    },
    services: {
      aiPreferences,
      predictions,
      activities: new ActivityService(base.db, base.identity, new ActivityRepository(org), leadLoaders),
      models,
      modelMetrics: new ModelMetricsService(new ModelMetricsRepository(base.db, org), base.identity),
      training: new TrainingService(base.db, modelRepo, new TrainingDataRepository(base.db, org)),
      worklist: new WorklistService(new WorklistRepository(base.db, org), base.identity, servingModel, (ids) => predictions.forLeads(ids)),
    },
  };
}

function toServingModel(row: ServingModelSummary | null): ServingModel {
  // A model stored in an older feature format cannot score today's features: the default applies until retraining.
  if (!row?.currentFormat) return DEFAULT_SERVING;
  const level = row.userId ? "rep" : "organization";
  return {
    key: row.id,
    version: `${level === "rep" ? "rep" : "org"}-v${row.version}`,
    level,
  };
}

function toRepEvidence(serving: ServingModel, stored: unknown): RepEvidence | null {
  // Evidence counted before landmarks is not served (its numbers would not match the texts): none until retraining.
  const evidence = servedEvidence(stored);
  return evidence ? { evidence, whose: serving.level === "rep" ? "your" : "your team's" } : null;
}

function toActiveModel(serving: ServingModel, model: TrainedModel | null): ActiveModel {
  // A model whose JSON does not pass its schema (stored-model.ts) is not served: the default applies.
  if (!model || serving.level === "default") return DEFAULT_MODEL;
  return { key: serving.key, version: serving.version, level: serving.level, model };
}

export type ScoringContext = ReturnType<typeof createScoringContext>;
