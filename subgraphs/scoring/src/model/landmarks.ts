// Landmark (snapshot) training rows: each lead as it was known at the ages it was still open, labelled by a win within the horizon.
//
// A probability on an open lead answers "will this lead, as it stands today at this age, be won
// within the next H days?" (H = 90 by default). The training rows ask exactly that of the past
// (van Houwelingen 2007, landmarking): every lead contributes one row per landmark age
// (0, 1, 3, 7, 14, 30, 60, 90, 120, 180 days) at which it was still open, with its features as
// known at that instant, labelled 1 when it was won within H days after it.
//
// Censoring. A row is only trusted once its lead has been watched long enough after the instant:
// rows are kept when their instant is at least the "maturity" before `asOf`, the time by which
// 90% of the leads that closed had closed (at most H). Without this, the newest rows would be
// those of leads that closed fast, and where lost leads close sooner than won ones they would
// teach the model that young leads lose.
//
// Weights. All rows weigh the same, leads ÷ rows in total per lead on average (design-matrix.ts):
// each landmark's at-risk set keeps its true win rate, and the penalty sees the number of leads,
// not of rows. Folds of cross-validation keep a lead's rows together.
import { DAY_MS, type LeadAt, type LeadFacts } from "./features";

/** Ages (days since creation) at which an open lead is snapshotted for training. */
export const LANDMARK_DAYS: readonly number[] = [0, 1, 2, 3, 5, 7, 10, 14, 21, 30, 40, 50, 60, 75, 90, 120, 180];
/** Default horizon of the label, in days: a win within this long after the instant counts. */
export const HORIZON_DAYS = 90;
/** Share of closed leads that must have closed within the maturity. */
const MATURITY_QUANTILE = 0.9;

export interface LandmarkOptions {
  horizonDays?: number;
  landmarkDays?: readonly number[];
  /**
   * "at-close": the design before landmarks, kept only to measure against — one row per closed
   * lead at its close, labelled by its outcome. It scores open leads wrongly (a young open lead
   * looks like a lead that was lost fast); never use it for a model a rep sees.
   */
  design?: "landmarks" | "at-close";
}

/** One training row: a lead as known at `at`, 1 when it was won within the horizon after `at`. */
export interface TrainingRow extends LeadAt {
  y: 0 | 1;
  /** Index of the lead in the `leads` array the rows were built with. */
  lead: number;
}

/** Whether the lead was known to be closed at `asOf` (its outcome is not known before). */
export function closedBy(facts: LeadFacts, asOf: Date): boolean {
  return facts.closedAt !== null && facts.outcome !== null && facts.closedAt.getTime() <= asOf.getTime();
}

/**
 * Days after an instant by which a lead's fate is known well enough to train on: the 90th
 * percentile of creation-to-close times of leads closed by `asOf`, capped at the horizon (0
 * without closed leads).
 */
export function maturityDays(leads: LeadFacts[], asOf: Date, horizonDays = HORIZON_DAYS): number {
  const durations = leads
    .filter((f) => closedBy(f, asOf))
    .map((f) => ((f.closedAt as Date).getTime() - f.createdAt.getTime()) / DAY_MS)
    .sort((a, b) => a - b);
  if (durations.length === 0) return 0;
  const q = durations[Math.min(durations.length - 1, Math.floor(MATURITY_QUANTILE * durations.length))];
  return Math.min(horizonDays, Math.max(0, q));
}

/** Whether the lead was won within `horizonDays` after `at`, as known at `asOf`. */
export function wonWithin(facts: LeadFacts, at: Date, horizonDays: number, asOf: Date): 0 | 1 {
  if (!closedBy(facts, asOf) || facts.outcome !== "WON") return 0;
  const closed = (facts.closedAt as Date).getTime();
  return closed > at.getTime() && closed <= at.getTime() + horizonDays * DAY_MS ? 1 : 0;
}

/**
 * The landmark rows of `leads` known at `asOf` (see the header), oldest instant first within a
 * lead, leads in the given order. A lead contributes no row when it was never open long enough
 * before `asOf - maturity`.
 */
export function landmarkRows(leads: LeadFacts[], asOf: Date, options: LandmarkOptions = {}): TrainingRow[] {
  if (options.design === "at-close") return atCloseRows(leads, asOf);
  const horizonDays = options.horizonDays ?? HORIZON_DAYS;
  const ages = options.landmarkDays ?? LANDMARK_DAYS;
  const latest = asOf.getTime() - maturityDays(leads, asOf, horizonDays) * DAY_MS;
  const rows: TrainingRow[] = [];
  leads.forEach((facts, lead) => {
    // Open until its close, if the close was known at asOf.
    const openUntil = closedBy(facts, asOf) ? (facts.closedAt as Date).getTime() : Infinity;
    for (const age of ages) {
      const t = facts.createdAt.getTime() + age * DAY_MS;
      if (t >= openUntil || t > latest) break;
      const at = new Date(t);
      rows.push({ facts, at, y: wonWithin(facts, at, horizonDays, asOf), lead });
    }
  });
  return rows;
}

/** The design before landmarks (see LandmarkOptions.design): each closed lead once, at its close. */
function atCloseRows(leads: LeadFacts[], asOf: Date): TrainingRow[] {
  const rows: TrainingRow[] = [];
  leads.forEach((facts, lead) => {
    if (closedBy(facts, asOf)) rows.push({ facts, at: facts.closedAt as Date, y: facts.outcome === "WON" ? 1 : 0, lead });
  });
  return rows;
}
