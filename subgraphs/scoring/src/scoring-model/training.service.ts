/**
 * Retrains conversion models: the organization's from the landmark rows of every lead (pulled
 * toward the default weights) and each rep's pulled toward it as hard as the org's reps' spread
 * says (learned across all reps from each lead's assignee). Each is evaluated by the as-of
 * backtest (leads open at past dates, scored by models trained on what was known then) and on a
 * closed-lead holdout. A new rep model is activated only if it is not worse than the active one
 * on the backtest (the holdout when the backtest has too few leads). Each rep's writes are one
 * transaction, so a crash leaves that rep's previous model active.
 */
import { UserError } from "@revgraph/graph";
import type { Database } from "@revgraph/db";
import { compareModels } from "../model/compare-models";
import { DEFAULT_WEIGHTS } from "../model/default-model";
import type { LeadFacts } from "../model/features";
import type { TrainedModel, TrainingEvaluation } from "../model/model-types";
import { prepareBacktest, runBacktest, type Backtest, type PreparedBacktest } from "../model/backtest";
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
    const all = await this.data.leads();
    const active = await this.models.activeForUsers(userIds);
    const activeOrg = active.find((r) => r.userId === null) ?? null;
    if (!all.some((l) => l.facts.outcome !== null)) {
      const error = UserError.of("organization", "NO_TRAINING_DATA", "Your organization has no won or lost leads yet; predictions use the default model until it has.");
      return userIds.map((userId) => ({ ...unchanged(userId, activeOrg), errors: [error] }));
    }
    const orgFacts = all.map((l) => l.facts);
    // Each lead's assignee: the org training learns from all reps how far reps differ from the team.
    const repOf = new Map(all.map((l) => [l.facts.leadId, l.assignedToId]));
    const previousOrg = (activeOrg?.model as TrainedModel | undefined) ?? null;
    const org = trainOrgModel({ orgFacts, now, previous: previousOrg, repOf });
    const backtests = prepareBacktest({ orgFacts, now, repOf });
    const orgEvaluation = { ...org.evaluation, backtest: runBacktest(backtests, { repLeadIds: null, previous: previousOrg }) };
    const teamEvidence = actionEvidence(orgFacts.filter((f) => f.outcome !== null));
    const orgNote = "Organization model: every lead of the team as it stood at each age it was open, pulled toward the default weights.";
    await this.db.transaction((tx) => this.models.insert(tx, modelRow(null, org.model, orgEvaluation, orgNote, teamEvidence), true));
    const byRep = groupByAssignee(all);
    const results: RetrainResult[] = [];
    let failed = 0;
    for (const userId of userIds) {
      try {
        const previous = active.find((r) => r.userId === userId) ?? null;
        results.push(await this.retrainOne(userId, byRep.get(userId) ?? [], { orgFacts, org, teamEvidence, backtests }, previous, activeOrg, now));
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
    { orgFacts, org, teamEvidence, backtests }: { orgFacts: LeadFacts[]; org: OrgTraining; teamEvidence: ActionEvidence; backtests: PreparedBacktest },
    previousRow: ScoringModelRow | null,
    previousOrgRow: ScoringModelRow | null,
    now: Date,
  ): Promise<RetrainResult> {
    const previous = previousRow ? (previousRow.model as TrainedModel) : null;
    const oldWeights = previous?.weights ?? (previousOrgRow?.model as TrainedModel | undefined)?.weights ?? SEED_DEFAULT_WEIGHTS;
    if (!repFacts.some((f) => f.outcome !== null)) {
      return {
        userId,
        model: null,
        activated: false,
        reason: `You have no won or lost leads yet: your predictions use your team's model, trained on ${org.model.sampleSize} leads.`,
        improvements: [],
        oldWeights,
        newWeights: org.model.weights,
        sampleSize: 0,
        evaluation: org.evaluation,
        errors: [],
      };
    }
    const trained = trainRepModel({ repFacts, orgFacts, now, org, previous });
    const backtest = runBacktest(backtests, { repLeadIds: new Set(repFacts.map((f) => f.leadId)), previous });
    const evaluation = { ...trained.evaluation, backtest };
    const judged = judgedOn(evaluation, backtest);
    const comparison = compareModels(
      previous ? { quality: judged.previous, weights: previous.weights, sampleSize: previous.sampleSize } : null,
      { quality: judged.candidate, weights: trained.rep.weights, sampleSize: trained.rep.sampleSize, method: judged.method },
    );
    const model = await this.db.transaction((tx) => this.models.insert(tx, modelRow(userId, trained.rep, evaluation, comparison.reason, actionEvidence(repFacts.filter((f) => f.outcome !== null), teamEvidence)), comparison.activate));
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

/** Leads open at a backtest cutoff needed before the backtest, rather than the closed-lead holdout, decides activation. */
const MIN_BACKTEST_LEADS = 30;

/** The metrics a new model is judged by: the backtest's when it has enough leads with both outcomes, else the holdout's. */
function judgedOn(evaluation: TrainingEvaluation, backtest: Backtest) {
  const { overall } = backtest;
  if (overall.count >= MIN_BACKTEST_LEADS && overall.positives > 0 && overall.positives < overall.count) {
    return { method: "backtest" as const, candidate: overall.model, previous: overall.previous ?? null };
  }
  return { method: evaluation.method, candidate: evaluation.rep, previous: evaluation.previous ?? null };
}

function groupByAssignee(leads: TrainingLead[]): Map<string, LeadFacts[]> {
  const groups = new Map<string, LeadFacts[]>();
  for (const lead of leads) {
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
