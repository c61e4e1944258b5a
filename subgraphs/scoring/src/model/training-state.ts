// Options and in-memory state shared by org/rep training and evaluation (the org fit reused across an org's reps).
import { type CoefficientPrior, type DesignMatrix, INTERCEPT_GRID, type LambdaSelectionOptions, type LevelFit, logit } from "@revgraph/learning";
import type { Encoder } from "./encoder";
import type { LandmarkOptions, TrainingRow } from "./landmarks";
import type { TrainedModel, TrainingEvaluation } from "./model-types";
import { spreadSelection, type RepSpread } from "./rep-spread";

export interface TrainingOptions {
  /** Rare-category threshold of the encoder (default 5). */
  minCategoryCount?: number;
  /** λ grid and row cap for the selection. */
  selection?: Pick<LambdaSelectionOptions, "grid" | "maxGroups" | "maxRows">;
  /** One-standard-error multiplier at the org level (default 1): ties go to the default model. */
  orgStandardErrors?: number;
  /** One-standard-error multiplier at the rep level (default 1): ties go to the org model. */
  repStandardErrors?: number;
  /** How much harder attribute/source weights are pulled to the team's than behaviour weights (default 10; 1 = isotropic). Only without a learned spread. */
  attributePull?: number;
  /** Learn how far reps spread around the org model across reps when leads have reps (default true). */
  empiricalBayes?: boolean;
  /** Horizon and landmark ages of the training rows (landmarks.ts). */
  landmarks?: LandmarkOptions;
  /** Evaluate on a closed-lead holdout while training (default true; the backtest's own trainings skip it). */
  evaluate?: boolean;
}

/** In-memory state of an org fit, reused to train and evaluate that org's reps in the same run. Not serialized. */
export interface OrgState {
  now: Date;
  options: TrainingOptions;
  encoder: Encoder;
  /** Landmark rows of the org's leads (landmarks.ts), rows of `data` in the same order. */
  rows: TrainingRow[];
  data: DesignMatrix;
  /** Row indices of each lead, by leadId. */
  rowsByLead: Map<string, number[]>;
  /** The default model in this feature space, intercept at the org's (smoothed) base rate. */
  prior: CoefficientPrior;
  fit: LevelFit;
  /** The org model fitted on leads before the org-wide time cutoff, the leads after it, and the reps' spread around it. */
  holdout: { testIds: Set<string>; fit: LevelFit; spread: RepSpread | null } | null;
  /** λ multipliers of the rep level without a learned spread (repPenaltyScale). */
  repPenaltyScale: Float64Array;
  /** Rows of `data` per rep (empty when leads' reps are unknown). */
  repRows: number[][];
  /** How far reps' coefficients spread around the org model's, learned across reps; null when not learnable. */
  spread: RepSpread | null;
}

/** An org model with its evaluation and the state to train its reps against. */
export interface OrgTraining {
  model: TrainedModel;
  evaluation: TrainingEvaluation;
  state: OrgState;
}

/** Row indices of each lead, by leadId. */
export function indexRowsByLead(rows: TrainingRow[]): Map<string, number[]> {
  const byLead = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const list = byLead.get(r.facts.leadId);
    if (list) list.push(i);
    else byLead.set(r.facts.leadId, [i]);
  });
  return byLead;
}

/** Distinct leads among rows, and those with a win among their rows. */
export function leadCounts(rows: TrainingRow[]): { leads: number; positives: number } {
  const all = new Set<string>();
  const won = new Set<string>();
  for (const r of rows) {
    all.add(r.facts.leadId);
    if (r.y === 1) won.add(r.facts.leadId);
  }
  return { leads: all.size, positives: won.size };
}

export function positivesOf(y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) s += y[i];
  return s;
}

/** The default prior re-centered on the base rate of `y`, smoothed as (wins + 1) / (n + 2). */
export function priorAtBaseRate(prior: CoefficientPrior, y: Float64Array): CoefficientPrior {
  if (y.length === 0) return prior;
  return { weights: prior.weights, intercept: logit((positivesOf(y) + 1) / (y.length + 2)) };
}

/**
 * λ selection options of the rep level of this org: with a learned spread (`spread`, default the
 * org's), per-weight pulls from it and ties going to its shared value; otherwise the per-rep
 * choice with ties going to the org model.
 */
export function repSelection(state: OrgState, spread: RepSpread | null = state.spread): LambdaSelectionOptions {
  const common = { ...state.options.selection, standardErrors: state.options.repStandardErrors ?? 1 };
  if (spread) return { ...common, ...spreadSelection(spread, state.data.d) };
  return { ...common, penaltyScale: state.repPenaltyScale, interceptGrid: INTERCEPT_GRID };
}

/** λ selection options of the org level. */
export function orgSelection(state: Pick<OrgState, "options">): LambdaSelectionOptions {
  return { ...state.options.selection, standardErrors: state.options.orgStandardErrors ?? 1 };
}
