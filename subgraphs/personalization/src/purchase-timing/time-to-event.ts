/**
 * Purchase timing: a discrete-time competing-risks model of how long a lead takes to be won.
 * Each lead contributes one row per period of its life while open ("person-period" rows): the
 * period it was won in is labelled won for the won hazard, the period it was lost in is labelled
 * lost for the lost hazard; a lead still open (censored) contributes only the periods it was
 * watched in full. Two penalized logistic regressions of the shared learning core give each
 * period's hazard of being won and of being lost, from the time since creation (a cubic in log
 * time, lightly penalized: the baseline shape) and what was known at the period's start: the profile's sales stage then (from its stage
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
/** Time columns are penalized this much less than the covariates: the baseline hazard's shape is the data's. */
const PERIOD_PENALTY_SCALE = 0.01;
export const MIN_CLOSED_LEADS = 30;

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

/** The baseline hazard's shape: a cubic in log time (at the period's midpoint, scaled to 0-1), 3 columns rather than one per period, so it spends few degrees of freedom. */
const TIME_COLUMNS = 3;

function columnCount(sources: readonly string[]): number {
  return TIME_COLUMNS + STAGES.length + sources.length;
}

function encode(period: number, stage: string | null, source: string | null, sources: readonly string[], into: Float64Array, offset: number): void {
  const periods = TIME_COLUMNS;
  const t = Math.log1p((PERIOD_EDGES[period] + PERIOD_EDGES[period + 1]) / 2) / Math.log1p(HORIZON_DAYS);
  into[offset] = t;
  into[offset + 1] = t * t;
  into[offset + 2] = t * t * t;
  const s = STAGES.indexOf(stage as (typeof STAGES)[number]);
  if (s >= 0) into[offset + periods + s] = 1;
  const k = source == null ? -1 : sources.indexOf(source);
  if (k >= 0) into[offset + periods + STAGES.length + k] = 1;
}

/** Fits both hazards on the leads as known at `asOf`; null with fewer than MIN_CLOSED_LEADS closed leads or no win. */
export function fitTimingModel(allLeads: readonly TimingLead[], asOf: Date): TimingModel | null {
  const leads = allLeads.map((l) => asKnownAt(l, asOf)).filter((l): l is TimingLead => l != null);
  const closed = leads.filter((l) => l.closedAt && (l.status === "WON" || l.status === "LOST"));
  if (closed.length < MIN_CLOSED_LEADS || !closed.some((l) => l.status === "WON")) return null;
  const counts = new Map<string, number>();
  for (const l of leads) if (l.source) counts.set(l.source, (counts.get(l.source) ?? 0) + 1);
  const sources = [...counts].filter(([, n]) => n >= MIN_SOURCE_LEADS).map(([s]) => s).sort();
  const rows = personPeriods(leads, asOf);
  const d = columnCount(sources);
  const x = new Float64Array(rows.length * d);
  rows.forEach((r, i) => encode(r.period, r.stage, r.source, sources, x, i * d));
  const groups = Int32Array.from(rows.map((r) => r.lead));
  const penaltyScale = Float64Array.from({ length: d }, (_, j) => (j < TIME_COLUMNS ? PERIOD_PENALTY_SCALE : 1));
  const fitCause = (label: "won" | "lost"): CauseModel => {
    const y = Float64Array.from(rows.map((r) => r[label]));
    const data: DesignMatrix = { x, y, n: rows.length, d, groups };
    const rate = Math.min(0.99, Math.max(0.001, y.reduce((a, b) => a + b, 0) / Math.max(1, rows.length)));
    const prior = { weights: new Float64Array(d), intercept: logit(rate) };
    const { lambda, interceptLambda } = selectLambda(data, prior, { penaltyScale, maxGroups: 1500, maxRows: 6000 });
    const fit = fitLogistic(data, prior, { lambda, interceptLambda, penaltyScale });
    return { weights: [...fit.weights], intercept: fit.intercept, lambda };
  };
  return { format: 1, sources, won: fitCause("won"), lost: fitCause("lost") };
}

/** The model's hazards for a lead whose stage and source stay as they are now. */
export function modelHazards(model: TimingModel, stage: string | null, source: string | null): HazardFunction {
  const d = columnCount(model.sources);
  return (period) => {
    const x = new Float64Array(d);
    encode(period, stage, source, model.sources, x, 0);
    const eta = (c: CauseModel) => c.intercept + c.weights.reduce((sum, w, j) => sum + w * x[j], 0);
    return { won: sigmoid(eta(model.won)), lost: sigmoid(eta(model.lost)) };
  };
}

/**
 * The naive baseline: the organization's overall per-period hazards (won and lost events over
 * leads at risk; the Kaplan–Meier estimate with lost as a competing outcome), the same for every lead.
 */
export function baselineHazards(allLeads: readonly TimingLead[], asOf: Date): HazardFunction {
  const leads = allLeads.map((l) => asKnownAt(l, asOf)).filter((l): l is TimingLead => l != null);
  const periods = PERIOD_EDGES.length - 1;
  const atRisk = new Array<number>(periods).fill(0);
  const won = new Array<number>(periods).fill(0);
  const lost = new Array<number>(periods).fill(0);
  for (const r of personPeriods(leads, asOf)) {
    atRisk[r.period]++;
    won[r.period] += r.won;
    lost[r.period] += r.lost;
  }
  return (period) => ({ won: atRisk[period] ? won[period] / atRisk[period] : 0, lost: atRisk[period] ? lost[period] / atRisk[period] : 0 });
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
