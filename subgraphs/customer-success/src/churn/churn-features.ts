// An account as known at an instant, and its churn features computed strictly from what was known then. Pure.
//
// Signals after `asOf` and health points recorded after it are ignored, so a training row at a
// past landmark sees what a CSM could have seen that day. The lifecycle stage and the open CTAs
// are known only as they are now, not as they were at a past landmark: they are not features of
// the learned model (a CHURNED stage would leak the label); the rules fallback uses them.
import type { AttributeRecord } from "@revgraph/learning";
import type { AccountSignalType } from "@revgraph/db/vocabulary";

export const DAY_MS = 86_400_000;

/** One time-stamped account signal (`value`: a count for usage, tickets and CSM activities; the score for NPS 0–10 and CSAT 1–5). */
export interface AccountSignal {
  type: AccountSignalType;
  value: number;
  occurredAt: Date;
  /** For FEATURE_USE, the feature's name (distinct names are counted). */
  detail?: string | null;
}

/** Everything the churn model and the rules may know about one account. */
export interface AccountSnapshot {
  attributes: AttributeRecord;
  arr: number | null;
  lifecycleStage: string;
  renewalDate: Date | null;
  signals: readonly AccountSignal[];
  healthHistory: readonly { score: number; recordedAt: Date }[];
  openCtaCount: number;
}

/** Windows of the usage comparison: the last 30 days against the 60 before them. */
export const RECENT_DAYS = 30;
export const PREVIOUS_DAYS = 60;
/** Window of the longer ticket count, of distinct features used and of the health slope. */
export const LONG_DAYS = 90;
/** The account's own usage baseline: the logins of the days 90 to 365 before the date. */
export const BASELINE_DAYS = 365;
/** Days since the last CSM activity or login at which the recency features saturate (and what "never" counts as). */
export const RECENCY_CAP_DAYS = 180;
/** Days to renewal are clamped to [−30, 365]. */
const RENEWAL_MIN_DAYS = -30;
const RENEWAL_MAX_DAYS = 365;

const CSM_TYPES: ReadonlySet<AccountSignalType> = new Set(["CSM_CALL", "CSM_MEETING", "CSM_QBR", "CSM_EMAIL"]);

/**
 * The churn model's own features, in this order (custom attributes follow, through the shared encoder).
 * Counts enter as log1p; `usage.trend` is log((last 30 d + 1) / (monthly rate of the 60 d before + 1)),
 * `usage.longTrend` the same against the monthly rate of the account's baseline (days 90 to 365
 * before; over the days of it the account's history covers), which sees a decline that began
 * more than 90 days ago.
 */
export const CHURN_FEATURES = [
  "usage.recent",
  "usage.previous",
  "usage.trend",
  "usage.baseline",
  "usage.longTrend",
  "activeUsers",
  "features.distinct",
  "tickets.30",
  "tickets.90",
  "escalations.30",
  "escalations.90",
  "nps",
  "nps.missing",
  "csat",
  "csat.missing",
  "csm.recency",
  "csm.none",
  "login.recency",
  "login.none",
  "health",
  "health.slope",
  "health.missing",
  "arr",
  "arr.missing",
  "renewal.days",
  "renewal.inWindow",
  "renewal.none",
] as const;
export type ChurnFeature = (typeof CHURN_FEATURES)[number];

/** Features that are 0/1 indicators (not standardized). */
export const CHURN_INDICATORS: readonly ChurnFeature[] = [
  "nps.missing",
  "csat.missing",
  "csm.none",
  "login.none",
  "health.missing",
  "arr.missing",
  "renewal.inWindow",
  "renewal.none",
];

/** An account summarized as of an instant, in human units: what features, rules and explanations are built from. */
export interface AccountFacts {
  asOf: Date;
  /** LOGIN signals (summed values) in the last 30 days and in the 60 days before. */
  loginsRecent: number;
  loginsPrevious: number;
  /** LOGIN signals per 30 days over the baseline (days 90 to 365 before asOf, from the first signal on); null without any signal that early. */
  loginsBaselineMonthly: number | null;
  /** Latest ACTIVE_USERS value, null when none. */
  activeUsers: number | null;
  /** Distinct FEATURE_USE details in the last 90 days (signals without a detail count by value). */
  distinctFeatures: number;
  tickets30: number;
  tickets90: number;
  escalations30: number;
  escalations90: number;
  nps: number | null;
  csat: number | null;
  daysSinceCsmActivity: number | null;
  daysSinceLogin: number | null;
  /** Latest health score as of asOf, null when none. */
  health: number | null;
  /** Least-squares slope of the health scores of the last 90 days, points per 30 days (0 with fewer than two). */
  healthSlope: number;
  arr: number | null;
  /** Days from asOf to the renewal date, null without one. */
  daysToRenewal: number | null;
}

function latestValue(signals: readonly AccountSignal[], type: AccountSignalType, t: number): number | null {
  let at = -Infinity;
  let value: number | null = null;
  for (const s of signals) {
    const o = s.occurredAt.getTime();
    if (s.type === type && o <= t && o >= at) {
      at = o;
      value = s.value;
    }
  }
  return value;
}

function slopePer30Days(points: { score: number; t: number }[]): number {
  if (points.length < 2) return 0;
  const mx = points.reduce((a, p) => a + p.t, 0) / points.length;
  const my = points.reduce((a, p) => a + p.score, 0) / points.length;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.t - mx) * (p.score - my);
    den += (p.t - mx) ** 2;
  }
  return den > 0 ? (num / den) * 30 : 0;
}

/** Summarizes an account as known at `asOf`, ignoring every signal and health point after it. */
export function accountFactsAt(snapshot: AccountSnapshot, asOf: Date): AccountFacts {
  const t = asOf.getTime();
  const recentFrom = t - RECENT_DAYS * DAY_MS;
  const previousFrom = recentFrom - PREVIOUS_DAYS * DAY_MS;
  const longFrom = t - LONG_DAYS * DAY_MS;
  let loginsRecent = 0;
  let loginsPrevious = 0;
  let tickets30 = 0;
  let tickets90 = 0;
  let escalations30 = 0;
  let escalations90 = 0;
  let lastCsm = -Infinity;
  let lastLogin = -Infinity;
  let loginsBaseline = 0;
  let firstSignal = Infinity;
  let unnamedFeatures = 0;
  const named = new Set<string>();
  for (const s of snapshot.signals) {
    const o = s.occurredAt.getTime();
    if (o > t) continue;
    if (o < firstSignal) firstSignal = o;
    const recent = o > recentFrom;
    const long = o > longFrom;
    if (s.type === "LOGIN") {
      if (recent) loginsRecent += s.value;
      else if (o > previousFrom) loginsPrevious += s.value;
      else if (o > t - BASELINE_DAYS * DAY_MS) loginsBaseline += s.value;
      if (o > lastLogin) lastLogin = o;
    } else if (s.type === "TICKET_OPENED" && long) {
      tickets90 += s.value;
      if (recent) tickets30 += s.value;
    } else if (s.type === "TICKET_ESCALATED" && long) {
      escalations90 += s.value;
      if (recent) escalations30 += s.value;
    } else if (s.type === "FEATURE_USE" && long) {
      if (s.detail) named.add(s.detail);
      else unnamedFeatures += s.value;
    } else if (CSM_TYPES.has(s.type) && o > lastCsm) {
      lastCsm = o;
    }
  }
  const health = snapshot.healthHistory
    .filter((h) => h.recordedAt.getTime() <= t)
    .map((h) => ({ score: h.score, t: h.recordedAt.getTime() / DAY_MS }))
    .sort((a, b) => a.t - b.t);
  const renewal = snapshot.renewalDate?.getTime();
  const baselineFrom = Math.max(t - BASELINE_DAYS * DAY_MS, firstSignal);
  const baselineDays = (previousFrom - baselineFrom) / DAY_MS;
  return {
    asOf,
    loginsRecent,
    loginsPrevious,
    loginsBaselineMonthly: baselineDays >= RECENT_DAYS ? (loginsBaseline * RECENT_DAYS) / baselineDays : null,
    activeUsers: latestValue(snapshot.signals, "ACTIVE_USERS", t),
    distinctFeatures: named.size + unnamedFeatures,
    tickets30,
    tickets90,
    escalations30,
    escalations90,
    nps: latestValue(snapshot.signals, "NPS", t),
    csat: latestValue(snapshot.signals, "CSAT", t),
    daysSinceCsmActivity: lastCsm === -Infinity ? null : (t - lastCsm) / DAY_MS,
    daysSinceLogin: lastLogin === -Infinity ? null : (t - lastLogin) / DAY_MS,
    health: health.length > 0 ? health[health.length - 1].score : null,
    healthSlope: slopePer30Days(health.filter((h) => h.t * DAY_MS > longFrom)),
    arr: snapshot.arr !== null && Number.isFinite(snapshot.arr) ? snapshot.arr : null,
    daysToRenewal: renewal === undefined ? null : (renewal - t) / DAY_MS,
  };
}

/** Neutral values imputed for a missing NPS, CSAT and health (their missing flags say they were missing). */
const NEUTRAL_NPS = 7;
const NEUTRAL_CSAT = 4;
const NEUTRAL_HEALTH = 50;

function recency(days: number | null): number {
  return Math.log1p(Math.min(days ?? RECENCY_CAP_DAYS, RECENCY_CAP_DAYS));
}

/** The churn features of an account as known at `asOf` (CHURN_FEATURES order), and the facts behind them. */
export function featurizeAccount(snapshot: AccountSnapshot, asOf: Date, windowDays = 90): { values: number[]; facts: AccountFacts } {
  const f = accountFactsAt(snapshot, asOf);
  const previousMonthly = f.loginsPrevious / (PREVIOUS_DAYS / RECENT_DAYS);
  // Without a baseline (a young account), the previous 60 days stand in for it.
  const baseline = f.loginsBaselineMonthly ?? previousMonthly;
  const renewalDays = f.daysToRenewal === null ? 0 : Math.min(RENEWAL_MAX_DAYS, Math.max(RENEWAL_MIN_DAYS, f.daysToRenewal));
  const byName: Record<ChurnFeature, number> = {
    "usage.recent": Math.log1p(f.loginsRecent),
    "usage.previous": Math.log1p(previousMonthly),
    "usage.trend": Math.log((f.loginsRecent + 1) / (previousMonthly + 1)),
    "usage.baseline": Math.log1p(baseline),
    "usage.longTrend": Math.log((f.loginsRecent + 1) / (baseline + 1)),
    activeUsers: Math.log1p(f.activeUsers ?? 0),
    "features.distinct": Math.log1p(f.distinctFeatures),
    "tickets.30": Math.log1p(f.tickets30),
    "tickets.90": Math.log1p(f.tickets90),
    "escalations.30": Math.log1p(f.escalations30),
    "escalations.90": Math.log1p(f.escalations90),
    nps: f.nps ?? NEUTRAL_NPS,
    "nps.missing": f.nps === null ? 1 : 0,
    csat: f.csat ?? NEUTRAL_CSAT,
    "csat.missing": f.csat === null ? 1 : 0,
    "csm.recency": recency(f.daysSinceCsmActivity),
    "csm.none": f.daysSinceCsmActivity === null ? 1 : 0,
    "login.recency": recency(f.daysSinceLogin),
    "login.none": f.daysSinceLogin === null ? 1 : 0,
    health: f.health ?? NEUTRAL_HEALTH,
    "health.slope": f.healthSlope,
    "health.missing": f.health === null ? 1 : 0,
    arr: Math.log1p(Math.max(0, f.arr ?? 0)),
    "arr.missing": f.arr === null ? 1 : 0,
    "renewal.days": renewalDays,
    "renewal.inWindow": f.daysToRenewal !== null && f.daysToRenewal <= windowDays ? 1 : 0,
    "renewal.none": f.daysToRenewal === null ? 1 : 0,
  };
  return { values: CHURN_FEATURES.map((name) => byName[name]), facts: f };
}
