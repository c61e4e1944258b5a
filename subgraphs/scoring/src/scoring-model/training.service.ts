/**
 * Retrains a rep's conversion model: the organization's model from every closed lead (pulled
 * toward the default), the rep's pulled toward it, both evaluated on held-out leads. The new rep
 * model is activated only if it is not worse than the active one; all writes are one transaction,
 * so a crash leaves the previous models active.
 */
import { UserError } from "@revgraph/graph";
import type { Database } from "@revgraph/db";
import { compareModels } from "../model/compare-models";
import { DEFAULT_WEIGHTS } from "../model/default-model";
import type { TrainedModel, TrainingEvaluation } from "../model/model-types";
import { trainOrgModel, trainRepModel } from "../model/train";
import type { ScoringModelRepository, ScoringModelRow } from "./scoring-model.repository";
import type { TrainingDataRepository } from "./training-data.repository";

export interface RetrainResult {
  model: ScoringModelRow | null;
  activated: boolean;
  reason: string;
  improvements: string[];
  oldWeights: Record<string, number>;
  newWeights: Record<string, number>;
  sampleSize: number;
  evaluation: TrainingEvaluation | null;
  errors: UserError[];
}

export const SEED_DEFAULT_WEIGHTS: Record<string, number> = {
  engagement: DEFAULT_WEIGHTS.scoreWeight,
  activity: DEFAULT_WEIGHTS.activityWeight,
  recency: DEFAULT_WEIGHTS.recencyWeight,
  funnelTime: DEFAULT_WEIGHTS.funnelTimeWeight,
};

export class TrainingService {
  constructor(
    private readonly db: Database,
    private readonly models: ScoringModelRepository,
    private readonly data: TrainingDataRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async retrainRep(userId: string): Promise<RetrainResult> {
    const now = this.now();
    const [closed, active] = await Promise.all([this.data.closedLeads(), this.models.activeFor(userId)]);
    const previous = active.rep ? (active.rep.model as TrainedModel) : null;
    const oldWeights = previous?.weights ?? (active.organization?.model as TrainedModel | undefined)?.weights ?? SEED_DEFAULT_WEIGHTS;
    if (closed.length === 0) {
      return {
        ...empty(oldWeights),
        errors: [UserError.of("organization", "NO_TRAINING_DATA", "Your organization has no won or lost leads yet; predictions use the default model until it has.")],
      };
    }
    const repFacts = closed.filter((l) => l.assignedToId === userId).map((l) => l.facts);
    const orgFacts = closed.map((l) => l.facts);
    const org = trainOrgModel({ orgFacts, now, previous: (active.organization?.model as TrainedModel | undefined) ?? null });
    const trained = trainRepModel({ repFacts, orgFacts, now, org, previous });
    const { evaluation } = trained;
    const orgRow = modelRow(null, org.model, org.evaluation, "Organization model: every closed lead of the team, pulled toward the default weights.");

    if (repFacts.length === 0) {
      const stored = await this.db.transaction((tx) => this.models.insert(tx, orgRow, true));
      return {
        model: stored,
        activated: true,
        reason: `You have no won or lost leads yet: your predictions use your team's model, trained on ${trained.org.sampleSize} closed leads.`,
        improvements: [],
        oldWeights,
        newWeights: trained.org.weights,
        sampleSize: 0,
        evaluation: org.evaluation,
        errors: [],
      };
    }

    const comparison = compareModels(
      previous ? { quality: evaluation.previous ?? null, weights: previous.weights, sampleSize: previous.sampleSize } : null,
      { quality: evaluation.rep, weights: trained.rep.weights, sampleSize: trained.rep.sampleSize, method: evaluation.method },
    );
    const rep = await this.db.transaction(async (tx) => {
      await this.models.insert(tx, orgRow, true);
      return this.models.insert(tx, modelRow(userId, trained.rep, evaluation, comparison.reason), comparison.activate);
    });
    return {
      model: rep,
      activated: comparison.activate,
      reason: comparison.activate ? comparison.reason : `Kept but not activated: ${comparison.reason}`,
      improvements: comparison.improvements,
      oldWeights,
      newWeights: trained.rep.weights,
      sampleSize: trained.rep.sampleSize,
      evaluation,
      errors: [],
    };
  }
}

function empty(oldWeights: Record<string, number>): Omit<RetrainResult, "errors"> {
  return { model: null, activated: false, reason: "", improvements: [], oldWeights, newWeights: oldWeights, sampleSize: 0, evaluation: null };
}

function modelRow(userId: string | null, model: TrainedModel, evaluation: TrainingEvaluation, notes: string) {
  return {
    userId,
    level: userId ? ("rep" as const) : ("organization" as const),
    model,
    evaluation,
    sampleSize: model.sampleSize,
    positives: model.positives,
    notes,
    trainedAt: new Date(model.trainedAt),
  };
}
