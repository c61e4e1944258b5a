/**
 * Purchase timing: a discrete-time competing-risks model of how long a lead takes to be won.
 * Each lead contributes one row per period of its life while open ("person-period" rows): the
 * period it was won in is labelled won for the won hazard, the period it was lost in is labelled
 * lost for the lost hazard; a lead still open (censored) contributes only the periods it was
 * watched in full. Two penalized logistic regressions of the shared learning core give each
 * period's hazard of being won and of being lost, from the organization's overall hazard of that
 * period (its logit as one column whose weight is pulled toward 1: the baseline shape for one
 * degree of freedom) and what was known at the period's start: the profile's sales stage then (from its stage
 * history) and the lead's source. Pure: the caller passes the leads and `asOf`.
 */
import { fitLogistic, logit, selectLambda, sigmoid, type DesignMatrix } from "@revgraph/learning";

const DAY_MS = 86_400_000;
/** Period boundaries in days since the lead was created; nothing is modelled past the last. */
export const PERIOD_EDGES = [0, 3, 7, 14, 21, 30, 45, 60, 90, 120, 180, 365] as const;
export const HORIZON_DAYS = 365;
export const STAGES = ["awareness", "consideration", "decision"] as const;
/** Sources seen fewer times than this are grouped as "other". */
const MIN_SOURCE_LEADS = 20;
/** The baseline column's pull toward weight 1 is this much weaker than the covariates' toward 0. */
const BASELINE_PENALTY_SCALE = 0.01;
export const MIN_CLOSED_LEADS = 30;
/** A period is learned from data when at least this many leads were at risk in it; later ones repeat the last learned one. */
const MIN_AT_RISK = 30;

/** The last period, from the start, in which at least MIN_AT_RISK leads were at risk. */
function lastSupportedPeriod(atRisk: readonly number[]): number {
  let last = 0;
  for (let b = 0; b < atRisk.length && atRisk[b] >= MIN_AT_RISK; b++) last = b;
  return last;
}

export interface TimingLead {
  id: string;
  createdAt: Date;
  closedAt: Date | null;
  status: string;
  source: string | null;
  /** The profile's stage history, oldest first (empty without a profile). */
  stages: readonly { stage: string; at: Date }[];
}

export interface CauseModel {
  weights: number[];
  intercept: number;
  lambda: number;
}

export interface TimingModel {
  format: 1;
  sources: string[];
  /** The last period with enough leads at risk to be learned; later periods get its hazards (constant hazard beyond follow-up). */
  lastPeriod: number;
  /** The organization's overall per-period hazards the model adjusts. */
  baseline: { won: number[]; lost: number[] };
  won: CauseModel;
  lost: CauseModel;
}

export interface TimingPrediction {
  probabilityWithin30Days: number;
  probabilityWithin90Days: number;
  /** Within a year; the model's horizon. */
  probabilityWithinYear: number;
  /** Expected days from now to being won, given it is won within the year; null below a 1% chance. */
  expectedDaysToConversion: number | null;
}

/** Per-period hazards, won and lost, for one lead as it stands (a baseline gives the same to every lead). */
export type HazardFunction = (period: number) => { won: number; lost: number };

export function periodOf(ageDays: number): number {
  for (let b = PERIOD_EDGES.length - 2; b >= 0; b--) if (ageDays >= PERIOD_EDGES[b]) return b;
  return 0;
}

export function stageAt(lead: TimingLead, at: Date): string | null {
  let current: string | null = null;
  for (const s of lead.stages) if (s.at.getTime() <= at.getTime()) current = s.stage;
  return current;
}

/** The lead as known at `asOf`: a closure after it is not known yet. */
export function asKnownAt(lead: TimingLead, asOf: Date): TimingLead | null {
  if (lead.createdAt.getTime() > asOf.getTime()) return null;
  const closedLater = lead.closedAt && lead.closedAt.getTime() > asOf.getTime();
  return closedLater ? { ...lead, closedAt: null, status: "OPEN" } : lead;
}

interface PersonPeriod {
  lead: number;
  period: number;
  stage: string | null;
  source: string | null;
  won: 0 | 1;
  lost: 0 | 1;
}

/** Person-period rows of the leads as known at `asOf` (a closure after it is not known; a lead created after it has none). */
export function personPeriods(leads: readonly TimingLead[], asOf: Date): PersonPeriod[] {
  const rows: PersonPeriod[] = [];
  leads.forEach((known, index) => {
    const lead = asKnownAt(known, asOf);
    if (!lead) return;
    const closed = lead.closedAt != null && (lead.status === "WON" || lead.status === "LOST");
    const end = closed ? lead.closedAt!.getTime() : asOf.getTime();
    const duration = Math.max(0, (end - lead.createdAt.getTime()) / DAY_MS);
    for (let b = 0; b < PERIOD_EDGES.length - 1; b++) {
      const start = PERIOD_EDGES[b];
      const stop = PERIOD_EDGES[b + 1];
      if (duration < start || (!closed && duration < stop)) break;
      const eventHere = closed && duration < stop;
      const stage = stageAt(lead, new Date(lead.createdAt.getTime() + start * DAY_MS));
      rows.push({ lead: index, period: b, stage, source: lead.source, won: eventHere && lead.status === "WON" ? 1 : 0, lost: eventHere && lead.status === "LOST" ? 1 : 0 });
      if (eventHere) break;
    }
  });
  return rows;
}

/** One column for the baseline hazard's logit, then the stages, then the sources. */
function columnCount(sources: readonly string[]): number {
  return 1 + STAGES.length + sources.length;
}

function encode(baselineLogit: number, stage: string | null, source: string | null, sources: readonly string[], into: Float64Array, offset: number): void {
  into[offset] = baselineLogit;
  const s = STAGES.indexOf(stage as (typeof STAGES)[number]);
  if (s >= 0) into[offset + 1 + s] = 1;
  const k = source == null ? -1 : sources.indexOf(source);
  if (k >= 0) into[offset + 1 + STAGES.length + k] = 1;
}

/** Per period, the overall hazards (events over leads at risk), later periods repeating the last one with enough leads at risk. */
function overallHazards(rows: readonly PersonPeriod[]): { won: number[]; lost: number[]; lastPeriod: number } {
  const periods = PERIOD_EDGES.length - 1;
  const atRisk = new Array<number>(periods).fill(0);
  const won = new Array<number>(periods).fill(0);
  const lost = new Array<number>(periods).fill(0);
  for (const r of rows) {
    atRisk[r.period]++;
    won[r.period] += r.won;
    lost[r.period] += r.lost;
  }
  const lastPeriod = lastSupportedPeriod(atRisk);
  const rate = (events: number[], b: number) => {
    const k = Math.min(b, lastPeriod);
    return atRisk[k] ? events[k] / atRisk[k] : 0;
  };
  return { won: won.map((_, b) => rate(won, b)), lost: lost.map((_, b) => rate(lost, b)), lastPeriod };
}

const clampedLogit = (h: number) => logit(Math.min(0.99, Math.max(1e-4, h)));

/** Fits both hazards on the leads as known at `asOf`; null with fewer than MIN_CLOSED_LEADS closed leads or no win. */
export function fitTimingModel(allLeads: readonly TimingLead[], asOf: Date): TimingModel | null {
  const leads = allLeads.map((l) => asKnownAt(l, asOf)).filter((l): l is TimingLead => l != null);
  const closed = leads.filter((l) => l.closedAt && (l.status === "WON" || l.status === "LOST"));
  if (closed.length < MIN_CLOSED_LEADS || !closed.some((l) => l.status === "WON")) return null;
  const counts = new Map<string, number>();
  for (const l of leads) if (l.source) counts.set(l.source, (counts.get(l.source) ?? 0) + 1);
  const sources = [...counts]
    .filter(([, n]) => n >= MIN_SOURCE_LEADS)
    .map(([s]) => s)
    .sort();
  const rows = personPeriods(leads, asOf);
  const overall = overallHazards(rows);
  const d = columnCount(sources);
  const groups = Int32Array.from(rows.map((r) => r.lead));
  const penaltyScale = Float64Array.from({ length: d }, (_, j) => (j === 0 ? BASELINE_PENALTY_SCALE : 1));
  const fitCause = (label: "won" | "lost"): CauseModel => {
    const x = new Float64Array(rows.length * d);
    rows.forEach((r, i) => encode(clampedLogit(overall[label][r.period]), r.stage, r.source, sources, x, i * d));
    const y = Float64Array.from(rows.map((r) => r[label]));
    const data: DesignMatrix = { x, y, n: rows.length, d, groups };
    // The prior is the baseline itself: weight 1 on its logit, nothing else.
    const weights = new Float64Array(d);
    weights[0] = 1;
    const prior = { weights, intercept: 0 };
    const { lambda, interceptLambda } = selectLambda(data, prior, { penaltyScale, maxGroups: 1500, maxRows: 6000 });
    const fit = fitLogistic(data, prior, { lambda, interceptLambda, penaltyScale });
    return { weights: [...fit.weights], intercept: fit.intercept, lambda };
  };
  return { format: 1, sources, lastPeriod: overall.lastPeriod, baseline: { won: overall.won, lost: overall.lost }, won: fitCause("won"), lost: fitCause("lost") };
}

/** The model's hazards for a lead whose stage and source stay as they are now. */
export function modelHazards(model: TimingModel, stage: string | null, source: string | null): HazardFunction {
  const d = columnCount(model.sources);
  return (period) => {
    const b = Math.min(period, model.lastPeriod);
    const eta = (c: CauseModel, baseline: number) => {
      const x = new Float64Array(d);
      encode(clampedLogit(baseline), stage, source, model.sources, x, 0);
      return c.intercept + c.weights.reduce((sum, w, j) => sum + w * x[j], 0);
    };
    return { won: sigmoid(eta(model.won, model.baseline.won[b])), lost: sigmoid(eta(model.lost, model.baseline.lost[b])) };
  };
}

/**
 * The naive baseline: the organization's overall per-period hazards (won and lost events over
 * leads at risk; the Kaplan–Meier estimate with lost as a competing outcome), the same for every lead.
 */
export function baselineHazards(allLeads: readonly TimingLead[], asOf: Date): HazardFunction {
  const overall = overallHazards(personPeriods(allLeads, asOf));
  return (period) => ({ won: overall.won[period], lost: overall.lost[period] });
}

/**
 * From a lead's age today, walks day by day to the horizon with each period's hazards spread
 * evenly over its days (daily hazard 1 − (1 − h)^(1/length)): the chance of being won within 30,
 * 90 and 365 days, and the expected days to the win given it happens within the horizon.
 */
export function predictTiming(hazards: HazardFunction, ageDays: number): TimingPrediction {
  let survival = 1;
  let cumulative = 0;
  let weightedDays = 0;
  let within30 = 0;
  let within90 = 0;
  const start = Math.max(0, Math.floor(ageDays));
  for (let day = 1; start + day <= HORIZON_DAYS; day++) {
    const age = start + day - 1;
    const b = periodOf(age);
    const length = PERIOD_EDGES[b + 1] - PERIOD_EDGES[b];
    const h = hazards(b);
    const dailyWon = 1 - (1 - Math.min(h.won, 0.999)) ** (1 / length);
    const dailyLost = 1 - (1 - Math.min(h.lost, 0.999)) ** (1 / length);
    const wonToday = survival * dailyWon;
    cumulative += wonToday;
    weightedDays += wonToday * day;
    survival *= Math.max(0, 1 - dailyWon - dailyLost);
    if (day === 30) within30 = cumulative;
    if (day === 90) within90 = cumulative;
  }
  const remaining = HORIZON_DAYS - start;
  if (remaining < 30) within30 = cumulative;
  if (remaining < 90) within90 = cumulative;
  return {
    probabilityWithin30Days: within30,
    probabilityWithin90Days: within90,
    probabilityWithinYear: cumulative,
    expectedDaysToConversion: cumulative >= 0.01 ? weightedDays / cumulative : null,
  };
}
