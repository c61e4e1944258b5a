// As-of backtest: what a rep would have seen on their open leads at past dates, against what happened next.
//
// For each cutoff c in the past: train the org model (and the rep's) on what was known at c —
// landmark rows built with asOf = c, so outcomes after c and activities after c are invisible —
// then score every lead that was open at c, as known at c, and label it by whether it was won
// within the horizon H after c. The cutoffs are the instants by which 60%, 70% and 80% of the
// outcomes recorded up to `now − H` had happened: every label's window lies in the past, so no
// lead still open today is counted as lost. Rep, team and default models are scored on the same
// leads; metrics overall and by age at the cutoff (0–2 days, 3–14, 15–60, older).
import { type CalibrationBin, calibrationTable, type LiftGroup, liftTable, qualityMetrics, type QualityMetrics } from "@revgraph/learning";
import { predictDefaultAt } from "./default-model";
import { DAY_MS, type LeadFacts } from "./features";
import { closedBy, HORIZON_DAYS } from "./landmarks";
import type { TrainedModel } from "./model-types";
import { predictAt } from "./predict";
import type { RepOf } from "./rep-spread";
import { trainOrgModel, trainRepModel } from "./train";
import type { OrgTraining, TrainingOptions } from "./training-state";

/** Shares of the outcomes (up to now − H) by which the cutoffs are placed. */
export const CUTOFF_SHARES: readonly number[] = [0.6, 0.7, 0.8];

export const AGE_BANDS: readonly { label: string; fromDays: number; toDays: number | null }[] = [
  { label: "0-2 days", fromDays: 0, toDays: 3 },
  { label: "3-14 days", fromDays: 3, toDays: 15 },
  { label: "15-60 days", fromDays: 15, toDays: 61 },
  { label: "over 60 days", fromDays: 61, toDays: null },
];

/** Metrics of each model on the same open-at-cutoff leads (null without both outcomes for AUC, or without leads). */
export interface BacktestScores {
  count: number;
  /** Leads won within the horizon after their cutoff. */
  positives: number;
  /** Mean probability of the evaluated model, and the observed win rate. */
  meanPredicted: number;
  observedRate: number;
  model: QualityMetrics | null;
  organization: QualityMetrics | null;
  default: QualityMetrics | null;
  /** The previously active model, when one was given. */
  previous?: QualityMetrics | null;
  /** A reference probability (a simulation's truth), when one was given. */
  reference?: QualityMetrics | null;
}

export interface BacktestBand extends BacktestScores {
  band: string;
}

export interface BacktestCutoff {
  at: string;
  /** Leads open at the cutoff that were scored. */
  openLeads: number;
  /** Leads behind the model trained at the cutoff. */
  trainingLeads: number;
}

export interface Backtest {
  horizonDays: number;
  cutoffs: BacktestCutoff[];
  overall: BacktestScores;
  byAge: BacktestBand[];
  /** Reliability table of the evaluated model over all scored leads. */
  calibration: CalibrationBin[];
  /** Lift by probability decile of the evaluated model over all scored leads (absent in models stored before it existed). */
  lift?: LiftGroup[];
}

/** The org trained at each cutoff, shared by every rep's backtest. */
export interface PreparedBacktest {
  now: Date;
  horizonDays: number;
  orgFacts: LeadFacts[];
  cutoffs: { at: Date; org: OrgTraining; known: LeadFacts[] }[];
}

/** Cutoff instants (see the header): empty when no outcome is older than the horizon. */
export function backtestCutoffs(orgFacts: LeadFacts[], now: Date, horizonDays = HORIZON_DAYS, shares = CUTOFF_SHARES): Date[] {
  const limit = now.getTime() - horizonDays * DAY_MS;
  const closes = orgFacts
    .filter((f) => f.closedAt !== null && f.outcome !== null && f.closedAt.getTime() <= limit)
    .map((f) => (f.closedAt as Date).getTime())
    .sort((a, b) => a - b);
  if (closes.length === 0) return [];
  const at = shares.map((s) => closes[Math.min(closes.length - 1, Math.floor(s * closes.length))]);
  return [...new Set(at)].map((t) => new Date(t));
}

/** Trains the org model at each cutoff on what was known then. */
export function prepareBacktest(input: { orgFacts: LeadFacts[]; now: Date; repOf?: RepOf; options?: TrainingOptions }): PreparedBacktest {
  const horizonDays = input.options?.landmarks?.horizonDays ?? HORIZON_DAYS;
  const options: TrainingOptions = { ...input.options, evaluate: false };
  const cutoffs = backtestCutoffs(input.orgFacts, input.now, horizonDays).map((at) => {
    const known = input.orgFacts.filter((f) => f.createdAt.getTime() <= at.getTime());
    return { at, known, org: trainOrgModel({ orgFacts: known, now: at, options, repOf: input.repOf }) };
  });
  return { now: input.now, horizonDays, orgFacts: input.orgFacts, cutoffs };
}

function wonAfter(facts: LeadFacts, cutoff: Date, horizonDays: number): 0 | 1 {
  if (facts.outcome !== "WON" || facts.closedAt === null) return 0;
  const t = facts.closedAt.getTime();
  return t > cutoff.getTime() && t <= cutoff.getTime() + horizonDays * DAY_MS ? 1 : 0;
}

interface Scored {
  age: number;
  y: number;
  model: number;
  organization: number;
  default: number;
  previous: number | null;
  reference: number | null;
}

function scores(rows: Scored[]): BacktestScores {
  const y = rows.map((r) => r.y);
  const metrics = (p: number[]): QualityMetrics | null => (rows.length > 0 ? qualityMetrics(p, y) : null);
  const positives = y.reduce((a, b) => a + b, 0);
  const withPrevious = rows.length > 0 && rows.every((r) => r.previous !== null);
  const withReference = rows.length > 0 && rows.every((r) => r.reference !== null);
  return {
    count: rows.length,
    positives,
    meanPredicted: rows.length > 0 ? rows.reduce((s, r) => s + r.model, 0) / rows.length : 0,
    observedRate: rows.length > 0 ? positives / rows.length : 0,
    model: metrics(rows.map((r) => r.model)),
    organization: metrics(rows.map((r) => r.organization)),
    default: metrics(rows.map((r) => r.default)),
    ...(withPrevious ? { previous: metrics(rows.map((r) => r.previous as number)) } : {}),
    ...(withReference ? { reference: metrics(rows.map((r) => r.reference as number)) } : {}),
  };
}

/**
 * The backtest of one rep (their leads open at each cutoff, their model trained at the cutoff) or,
 * with `userId` null, of the organization model on all open leads. `repLeads` are the rep's
 * leads (assigned to them today). `previous` is scored on the same leads as of each cutoff, and
 * `reference` (a simulation's true probability) too.
 */
export function runBacktest(
  prepared: PreparedBacktest,
  input: { repLeadIds: Set<string> | null; previous?: TrainedModel | null; reference?: (facts: LeadFacts, at: Date) => number },
): Backtest {
  const { horizonDays } = prepared;
  const previous = input.previous ?? null;
  const rows: Scored[] = [];
  const cutoffs: BacktestCutoff[] = [];
  for (const { at, org, known } of prepared.cutoffs) {
    const inScope = (f: LeadFacts) => input.repLeadIds === null || input.repLeadIds.has(f.leadId);
    const model = input.repLeadIds === null ? org.model : trainRepModel({ repFacts: known.filter(inScope), orgFacts: known, now: at, org }).rep;
    const open = known.filter((f) => inScope(f) && !closedBy(f, at));
    for (const f of open) {
      rows.push({
        age: (at.getTime() - f.createdAt.getTime()) / DAY_MS,
        y: wonAfter(f, at, horizonDays),
        model: predictAt(model, f, at).probability,
        organization: predictAt(org.model, f, at).probability,
        default: predictDefaultAt(f, at).probability,
        previous: previous ? predictAt(previous, f, at).probability : null,
        reference: input.reference ? input.reference(f, at) : null,
      });
    }
    cutoffs.push({ at: at.toISOString(), openLeads: open.length, trainingLeads: model.sampleSize });
  }
  return {
    horizonDays,
    cutoffs,
    overall: scores(rows),
    byAge: AGE_BANDS.map((b) => ({ band: b.label, ...scores(rows.filter((r) => r.age >= b.fromDays && (b.toDays === null || r.age < b.toDays))) })),
    calibration: calibrationTable(
      rows.map((r) => r.model),
      rows.map((r) => r.y),
    ),
    lift: liftTable(
      rows.map((r) => r.model),
      rows.map((r) => r.y),
    ),
  };
}
