/**
 * Retrains conversion models: the organization's from the landmark rows of every lead (pulled
 * toward the default weights) and each rep's pulled toward it as hard as the org's reps' spread
 * says (learned across all reps from each lead's assignee). Each is evaluated by the as-of
 * backtest (leads open at past dates, scored by models trained on what was known then) and on a
 * closed-lead holdout. A new rep model is activated only if it is not worse than the active one
 * on the backtest (the holdout when the backtest has too few leads), nor than the team's model on
 * the rep's own leads; when the team's predicts them better, the rep is served the team's model.
 * This service reads the data and writes the models; the computation runs in a child process
 * (`training.process.ts`), off the event loop. Each rep's writes are one transaction, so a crash
 * leaves that rep's previous model active, and a failed child marks the reps it did not finish
 * TRAINING_FAILED.
 */
import { UserError } from "@revgraph/graph";
import type { Database } from "@revgraph/db";
import { DEFAULT_WEIGHTS } from "../model/default-model";
import type { TrainedModel, TrainingEvaluation } from "../model/model-types";
import type { ActionEvidence } from "../next-action/action-evidence";
import type { OrgOutput, RepOutput, TrainingInput, TrainingOutput } from "./training.compute";
import { trainInChildProcess } from "./training.process";
import type { ScoringModelRepository, ScoringModelRow } from "./scoring-model.repository";
import type { TrainingDataRepository } from "./training-data.repository";

export interface RetrainResult {
  userId: string;
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

/** Runs the computation and yields its results in order; by default in a child process. */
export type Trainer = (input: TrainingInput) => AsyncIterable<TrainingOutput>;

export const SEED_DEFAULT_WEIGHTS: Record<string, number> = {
  engagement: DEFAULT_WEIGHTS.scoreWeight,
  activity: DEFAULT_WEIGHTS.activityWeight,
  recency: DEFAULT_WEIGHTS.recencyWeight,
  funnelTime: DEFAULT_WEIGHTS.funnelTimeWeight,
};

const ORG_NOTE = "Organization model: every lead of the team as it stood at each age it was open, pulled toward the default weights.";

export class TrainingService {
  constructor(
    private readonly db: Database,
    private readonly models: ScoringModelRepository,
    private readonly data: TrainingDataRepository,
    private readonly now: () => Date = () => new Date(),
    private readonly train: Trainer = trainInChildProcess,
  ) {}

  async retrainRep(userId: string): Promise<RetrainResult> {
    const [result] = await this.retrainReps([userId]);
    return result!;
  }

  /** Loads the organization's data, has the worker fit its model and then each rep's, and stores each as it arrives. */
  async retrainReps(userIds: string[], onProgress?: (done: number, failed: number) => Promise<void>): Promise<RetrainResult[]> {
    const now = this.now();
    const leads = await this.data.leads();
    const active = await this.models.activeForUsers(userIds);
    const activeOrg = active.find((r) => r.userId === null) ?? null;
    if (!leads.some((l) => l.facts.outcome !== null)) {
      const error = UserError.of("organization", "NO_TRAINING_DATA", "Your organization has no won or lost leads yet; predictions use the default model until it has.");
      return userIds.map((userId) => ({ ...unchanged(userId, activeOrg), errors: [error] }));
    }
    const previousByRep = Object.fromEntries(active.flatMap((r) => (r.userId !== null && r.model ? [[r.userId, r.model] as const] : [])));
    const input: TrainingInput = { leads, userIds, previousOrg: activeOrg?.model ?? null, previousByRep, now };
    const results: RetrainResult[] = [];
    let failed = 0;
    const record = async (result: RetrainResult) => {
      results.push(result);
      if (result.errors.length > 0) failed += 1;
      await onProgress?.(results.length, failed);
    };
    let org: OrgOutput | null = null;
    try {
      for await (const output of this.train(input)) {
        if (output.kind === "org") {
          await this.db.transaction((tx) => this.models.insert(tx, modelRow(null, output.model, output.evaluation, ORG_NOTE, output.evidence), true));
          org = output;
        } else if (org) {
          const previous = active.find((r) => r.userId === output.userId) ?? null;
          await record(await this.storeRep(output, org, previous, activeOrg).catch((error: Error) => failure(output.userId, activeOrg, error.message)));
        }
      }
    } catch (error) {
      // The worker threw or died: every rep it did not finish keeps their previous model.
      const message = (error as Error).message;
      for (const userId of userIds.slice(results.length)) await record(failure(userId, activeOrg, message));
    }
    return results;
  }

  /** One rep's result, with its model stored in one transaction. */
  private async storeRep(output: RepOutput, org: OrgOutput, previousRow: ScoringModelRow | null, previousOrgRow: ScoringModelRow | null): Promise<RetrainResult> {
    const { userId } = output;
    if (output.error !== undefined) return failure(userId, previousOrgRow, output.error);
    const previous = previousRow?.model ?? null;
    const oldWeights = previous?.weights ?? previousOrgRow?.model?.weights ?? SEED_DEFAULT_WEIGHTS;
    const { trained } = output;
    if (!trained) {
      const { backtest: _orgBacktest, ...teamEvaluation } = org.evaluation;
      return {
        userId,
        model: null,
        activated: false,
        reason: `You have no won or lost leads yet: your predictions use your team's model, trained on ${org.model.sampleSize} leads.`,
        improvements: [],
        oldWeights,
        newWeights: org.model.weights,
        sampleSize: 0,
        evaluation: teamEvaluation,
        errors: [],
      };
    }
    const { comparison, evaluation } = trained;
    const model = await this.db.transaction(async (tx) => {
      // A rep whose own models lose to the team's on their leads is served the team's model.
      if (comparison.useTeam) await this.models.deactivate(tx, userId);
      // The evidence is a count over the rep's closed leads, not part of the fit: a model kept active takes the new count
      // (with the outcomes since its training, or counted today's way if it was counted an older way, which is not served).
      const kept = !comparison.activate && !comparison.useTeam ? previousRow : null;
      if (kept) await this.models.setEvidence(tx, kept.id, trained.evidence);
      return this.models.insert(tx, modelRow(userId, trained.model, evaluation, comparison.reason, trained.evidence), comparison.activate);
    });
    return {
      userId,
      model,
      activated: comparison.activate,
      reason: comparison.activate ? comparison.reason : `Kept but not activated: ${comparison.reason}`,
      improvements: comparison.improvements,
      oldWeights,
      newWeights: trained.model.weights,
      sampleSize: trained.model.sampleSize,
      evaluation,
      errors: [],
    };
  }
}

function failure(userId: string, activeOrg: ScoringModelRow | null, message: string): RetrainResult {
  return { ...unchanged(userId, activeOrg), errors: [UserError.of("userId", "TRAINING_FAILED", message)] };
}

function unchanged(userId: string, activeOrg: ScoringModelRow | null): Omit<RetrainResult, "errors"> {
  const weights = activeOrg?.model?.weights ?? SEED_DEFAULT_WEIGHTS;
  return { userId, model: null, activated: false, reason: "", improvements: [], oldWeights: weights, newWeights: weights, sampleSize: 0, evaluation: null };
}

function modelRow(userId: string | null, model: TrainedModel, evaluation: TrainingEvaluation, notes: string, evidence: ActionEvidence) {
  return {
    userId,
    actionEvidence: evidence,
    level: userId ? ("rep" as const) : ("organization" as const),
    model,
    evaluation,
    sampleSize: model.sampleSize,
    positives: model.positives,
    notes,
    trainedAt: new Date(model.trainedAt),
  };
}
