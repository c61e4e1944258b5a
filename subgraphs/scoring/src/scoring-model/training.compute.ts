/**
 * The CPU-heavy part of a retraining, over plain data and with no database or clock: fits the
 * organization's model, prepares the as-of backtest, then trains, evaluates and judges each rep's
 * model in turn. It yields the organization's result first and then one result per rep, in the
 * order asked, so the caller can store each as it arrives. Inputs and outputs survive structured
 * clone (Dates, plain objects), because this runs in a child process (`training.child.ts`).
 */
import { compareModels, judgeAgainstTeam, type ModelComparison } from "../model/compare-models";
import type { LeadFacts } from "../model/features";
import type { TrainedModel, TrainingEvaluation } from "../model/model-types";
import { prepareBacktest, runBacktest, type Backtest, type PreparedBacktest } from "../model/backtest";
import { trainOrgModel, trainRepModel, type OrgTraining } from "../model/train";
import { actionEvidence, type ActionEvidence } from "../next-action/action-evidence";

export interface TrainingInput {
  leads: { assignedToId: string | null; facts: LeadFacts }[];
  userIds: string[];
  /** The active organization model's JSON, if any. */
  previousOrg: TrainedModel | null;
  /** Each rep's active model JSON, by user id (reps without one are absent). */
  previousByRep: Record<string, TrainedModel>;
  now: Date;
}

export interface OrgOutput {
  kind: "org";
  model: TrainedModel;
  evaluation: TrainingEvaluation;
  evidence: ActionEvidence;
}

export interface RepTrained {
  model: TrainedModel;
  evaluation: TrainingEvaluation;
  comparison: ModelComparison;
  evidence: ActionEvidence;
}

/** One rep's outcome: `trained` is null when the rep has no outcomes (they use the team's model). */
export type RepOutput = { kind: "rep"; userId: string; trained: RepTrained | null; error?: undefined } | { kind: "rep"; userId: string; trained?: undefined; error: string };

export type TrainingOutput = OrgOutput | RepOutput;

/** Leads open at a backtest cutoff needed before the backtest, rather than the closed-lead holdout, decides activation. */
const MIN_BACKTEST_LEADS = 30;

export function* computeTraining(input: TrainingInput): Generator<TrainingOutput> {
  const { leads, now, previousOrg } = input;
  const orgFacts = leads.map((l) => l.facts);
  // Each lead's assignee: the org training learns from all reps how far reps differ from the team.
  const repOf = new Map(leads.map((l) => [l.facts.leadId, l.assignedToId]));
  const org = trainOrgModel({ orgFacts, now, previous: previousOrg, repOf });
  const backtests = prepareBacktest({ orgFacts, now, repOf });
  const teamEvidence = actionEvidence(orgFacts.filter((f) => f.outcome !== null));
  const backtest = runBacktest(backtests, { repLeadIds: null, previous: previousOrg });
  yield { kind: "org", model: org.model, evaluation: { ...org.evaluation, backtest }, evidence: teamEvidence };
  const byRep = groupByAssignee(leads);
  for (const userId of input.userIds) {
    try {
      yield { kind: "rep", userId, trained: trainOne(byRep.get(userId) ?? [], { orgFacts, org, teamEvidence, backtests, now }, input.previousByRep[userId] ?? null) };
    } catch (error) {
      yield { kind: "rep", userId, error: (error as Error).message };
    }
  }
}

function trainOne(
  repFacts: LeadFacts[],
  { orgFacts, org, teamEvidence, backtests, now }: { orgFacts: LeadFacts[]; org: OrgTraining; teamEvidence: ActionEvidence; backtests: PreparedBacktest; now: Date },
  previous: TrainedModel | null,
): RepTrained | null {
  const closed = repFacts.filter((f) => f.outcome !== null);
  if (closed.length === 0) return null;
  const trained = trainRepModel({ repFacts, orgFacts, now, org, previous });
  const backtest = runBacktest(backtests, { repLeadIds: new Set(repFacts.map((f) => f.leadId)), previous });
  const evaluation = { ...trained.evaluation, backtest };
  const judged = judgedOn(evaluation, backtest);
  const againstPrevious = compareModels(previous ? { quality: judged.previous, weights: previous.weights, sampleSize: previous.sampleSize } : null, {
    quality: judged.candidate,
    weights: trained.rep.weights,
    sampleSize: trained.rep.sampleSize,
    method: judged.method,
  });
  const comparison = judgeAgainstTeam(againstPrevious, judged.team, judged.candidate);
  return { model: trained.rep, evaluation, comparison, evidence: actionEvidence(closed, teamEvidence) };
}

/** The metrics a new model is judged by: the backtest's when it has enough leads with both outcomes, else the holdout's. */
function judgedOn(evaluation: TrainingEvaluation, backtest: Backtest) {
  const { overall } = backtest;
  if (overall.count >= MIN_BACKTEST_LEADS && overall.positives > 0 && overall.positives < overall.count) {
    return { method: "backtest" as const, candidate: overall.model, previous: overall.previous ?? null, team: overall.organization };
  }
  return { method: evaluation.method, candidate: evaluation.rep, previous: evaluation.previous ?? null, team: evaluation.organization };
}

function groupByAssignee(leads: TrainingInput["leads"]): Map<string, LeadFacts[]> {
  const groups = new Map<string, LeadFacts[]>();
  for (const lead of leads) {
    if (!lead.assignedToId) continue;
    const group = groups.get(lead.assignedToId);
    if (group) group.push(lead.facts);
    else groups.set(lead.assignedToId, [lead.facts]);
  }
  return groups;
}
