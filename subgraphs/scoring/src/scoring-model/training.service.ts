/**
 * Retrains conversion models: the organization's from every closed lead (pulled toward the default
 * weights) and each rep's pulled toward it as hard as the org's reps' spread says (learned across
 * all reps from each closed lead's assignee), all evaluated on held-out leads. A new rep model is
 * activated only if it is not worse than the active one. Each rep's writes are one transaction, so
 * a crash leaves that rep's previous model active.
 */
import { UserError } from "@revgraph/graph";
import type { Database } from "@revgraph/db";
import { compareModels } from "../model/compare-models";
import { DEFAULT_WEIGHTS } from "../model/default-model";
import type { LeadFacts } from "../model/features";
import type { TrainedModel, TrainingEvaluation } from "../model/model-types";
import { trainOrgModel, trainRepModel, type OrgTraining } from "../model/train";
import { actionEvidence, type ActionEvidence } from "../next-action/action-evidence";
import type { ScoringModelRepository, ScoringModelRow } from "./scoring-model.repository";
import type { TrainingDataRepository, TrainingLead } from "./training-data.repository";

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
    const [result] = await this.retrainReps([userId]);
    return result!;
  }

  /** Loads the organization's data and fits its model once, then each rep in turn. */
  async retrainReps(userIds: string[], onProgress?: (done: number, failed: number) => Promise<void>): Promise<RetrainResult[]> {
    const now = this.now();
    const closed = await this.data.closedLeads();
    const active = await this.models.activeForUsers(userIds);
    const activeOrg = active.find((r) => r.userId === null) ?? null;
    if (closed.length === 0) {
      const error = UserError.of("organization", "NO_TRAINING_DATA", "Your organization has no won or lost leads yet; predictions use the default model until it has.");
      return userIds.map((userId) => ({ ...unchanged(userId, activeOrg), errors: [error] }));
    }
    const orgFacts = closed.map((l) => l.facts);
    // Each closed lead's assignee: the org training learns from all reps how far reps differ from the team.
    const repOf = new Map(closed.map((l) => [l.facts.leadId, l.assignedToId]));
    const org = trainOrgModel({ orgFacts, now, previous: (activeOrg?.model as TrainedModel | undefined) ?? null, repOf });
    const teamEvidence = actionEvidence(orgFacts);
    const orgNote = "Organization model: every closed lead of the team, pulled toward the default weights.";
    await this.db.transaction((tx) => this.models.insert(tx, modelRow(null, org.model, org.evaluation, orgNote, teamEvidence), true));
    const byRep = groupByAssignee(closed);
    const results: RetrainResult[] = [];
    let failed = 0;
    for (const userId of userIds) {
      try {
        const previous = active.find((r) => r.userId === userId) ?? null;
        results.push(await this.retrainOne(userId, byRep.get(userId) ?? [], { orgFacts, org, teamEvidence }, previous, activeOrg, now));
      } catch (error) {
        failed += 1;
        results.push({ ...unchanged(userId, activeOrg), errors: [UserError.of("userId", "TRAINING_FAILED", (error as Error).message)] });
      }
      await onProgress?.(results.length, failed);
      // Training is CPU-bound on the request thread: let waiting requests through between reps.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return results;
  }

  private async retrainOne(
    userId: string,
    repFacts: LeadFacts[],
    { orgFacts, org, teamEvidence }: { orgFacts: LeadFacts[]; org: OrgTraining; teamEvidence: ActionEvidence },
    previousRow: ScoringModelRow | null,
    previousOrgRow: ScoringModelRow | null,
    now: Date,
  ): Promise<RetrainResult> {
    const previous = previousRow ? (previousRow.model as TrainedModel) : null;
    const oldWeights = previous?.weights ?? (previousOrgRow?.model as TrainedModel | undefined)?.weights ?? SEED_DEFAULT_WEIGHTS;
    if (repFacts.length === 0) {
      return {
        userId,
        model: null,
        activated: false,
        reason: `You have no won or lost leads yet: your predictions use your team's model, trained on ${org.model.sampleSize} closed leads.`,
        improvements: [],
        oldWeights,
        newWeights: org.model.weights,
        sampleSize: 0,
        evaluation: org.evaluation,
        errors: [],
      };
    }
    const trained = trainRepModel({ repFacts, orgFacts, now, org, previous });
    const { evaluation } = trained;
    const comparison = compareModels(
      previous ? { quality: evaluation.previous ?? null, weights: previous.weights, sampleSize: previous.sampleSize } : null,
      { quality: evaluation.rep, weights: trained.rep.weights, sampleSize: trained.rep.sampleSize, method: evaluation.method },
    );
    const model = await this.db.transaction((tx) => this.models.insert(tx, modelRow(userId, trained.rep, evaluation, comparison.reason, actionEvidence(repFacts, teamEvidence)), comparison.activate));
    return {
      userId,
      model,
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

function groupByAssignee(closed: TrainingLead[]): Map<string, LeadFacts[]> {
  const groups = new Map<string, LeadFacts[]>();
  for (const lead of closed) {
    if (!lead.assignedToId) continue;
    const group = groups.get(lead.assignedToId);
    if (group) group.push(lead.facts);
    else groups.set(lead.assignedToId, [lead.facts]);
  }
  return groups;
}

function unchanged(userId: string, activeOrg: ScoringModelRow | null): Omit<RetrainResult, "errors"> {
  const weights = (activeOrg?.model as TrainedModel | undefined)?.weights ?? SEED_DEFAULT_WEIGHTS;
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
