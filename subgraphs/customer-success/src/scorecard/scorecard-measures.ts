/**
 * The health scorecard's measures, each scored 0-100 from an account's signals, and the total as
 * their weighted mean. Pure: signals and `now` in, scores out.
 */
import type { AccountSignalType, ScorecardMeasure } from "@revgraph/db/vocabulary";
import { SCORECARD_MEASURES } from "@revgraph/db/vocabulary";

const DAY_MS = 86_400_000;

/** One signal as the measures see it. */
export interface SignalFact {
  type: AccountSignalType;
  value: number;
  detail: string | null;
  occurredAt: Date;
}

export interface MeasureWeight {
  measure: ScorecardMeasure;
  weight: number;
}

export interface MeasureScore extends MeasureWeight {
  score: number;
}

/** How far back each measure looks; signals older than the longest window never matter. */
export const USAGE_RECENT_DAYS = 30;
export const USAGE_PREVIOUS_DAYS = 60;
export const SUPPORT_DAYS = 30;
export const SENTIMENT_DAYS = 365;
export const ENGAGEMENT_ZERO_AT_DAYS = 90;
export const ADOPTION_DAYS = 90;
export const ADOPTION_TARGET_FEATURES = 5;
export const TICKET_OPENED_PENALTY = 10;
export const TICKET_ESCALATED_PENALTY = 20;
/** Sentiment without any survey answer: neither good nor bad. */
export const NEUTRAL_SENTIMENT = 50;

/** Used when an organization has not set its own scorecard. */
export const DEFAULT_SCORECARD: readonly MeasureWeight[] = [
  { measure: "USAGE_TREND", weight: 30 },
  { measure: "SUPPORT_LOAD", weight: 20 },
  { measure: "SENTIMENT", weight: 20 },
  { measure: "ENGAGEMENT_RECENCY", weight: 15 },
  { measure: "ADOPTION_BREADTH", weight: 15 },
];

const USAGE: ReadonlySet<AccountSignalType> = new Set(["LOGIN", "ACTIVE_USERS"]);
const ENGAGEMENT: ReadonlySet<AccountSignalType> = new Set(["LOGIN", "CSM_CALL", "CSM_MEETING", "CSM_QBR", "CSM_EMAIL"]);

const clamp = (x: number) => Math.max(0, Math.min(100, x));

/** Every measure's score, 0-100 (rounded to 0.1), from the signals known at `now` (later ones are ignored). */
export function measureScores(signals: readonly SignalFact[], now: Date): Record<ScorecardMeasure, number> {
  const t = now.getTime();
  const ageDays = (s: SignalFact) => (t - s.occurredAt.getTime()) / DAY_MS;
  const known = signals.filter((s) => s.occurredAt.getTime() <= t);

  // Usage trend: per-day usage in the last 30 days against the 60 days before.
  let recent = 0;
  let previous = 0;
  for (const s of known) {
    if (!USAGE.has(s.type)) continue;
    const age = ageDays(s);
    if (age < USAGE_RECENT_DAYS) recent += s.value;
    else if (age < USAGE_RECENT_DAYS + USAGE_PREVIOUS_DAYS) previous += s.value;
  }
  const recentRate = recent / USAGE_RECENT_DAYS;
  const previousRate = previous / USAGE_PREVIOUS_DAYS;
  const usage = previousRate > 0 ? 100 * Math.min(1, recentRate / previousRate) : recentRate > 0 ? 100 : 0;

  // Support load: tickets opened and escalated in the last 30 days.
  let opened = 0;
  let escalated = 0;
  for (const s of known) {
    if (ageDays(s) >= SUPPORT_DAYS) continue;
    if (s.type === "TICKET_OPENED") opened += s.value;
    if (s.type === "TICKET_ESCALATED") escalated += s.value;
  }
  const support = clamp(100 - TICKET_OPENED_PENALTY * opened - TICKET_ESCALATED_PENALTY * escalated);

  // Sentiment: the latest NPS and CSAT answers of the last year, each on 0-100, averaged.
  const latest = (type: AccountSignalType) =>
    known.filter((s) => s.type === type && ageDays(s) < SENTIMENT_DAYS).sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime())[0];
  const answers: number[] = [];
  const nps = latest("NPS");
  const csat = latest("CSAT");
  if (nps) answers.push(nps.value * 10);
  if (csat) answers.push((csat.value - 1) * 25);
  const sentiment = answers.length ? answers.reduce((a, b) => a + b, 0) / answers.length : NEUTRAL_SENTIMENT;

  // Engagement recency: days since the last login or CSM activity.
  const lastTouch = Math.max(...known.filter((s) => ENGAGEMENT.has(s.type)).map((s) => s.occurredAt.getTime()), Number.NEGATIVE_INFINITY);
  const engagement = Number.isFinite(lastTouch) ? clamp(100 * (1 - (t - lastTouch) / DAY_MS / ENGAGEMENT_ZERO_AT_DAYS)) : 0;

  // Adoption breadth: distinct features used in the last 90 days.
  const features = new Set(known.filter((s) => s.type === "FEATURE_USE" && s.detail && ageDays(s) < ADOPTION_DAYS).map((s) => s.detail!.toLowerCase()));
  const adoption = clamp((100 * features.size) / ADOPTION_TARGET_FEATURES);

  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    USAGE_TREND: round(usage),
    SUPPORT_LOAD: round(support),
    SENTIMENT: round(sentiment),
    ENGAGEMENT_RECENCY: round(engagement),
    ADOPTION_BREADTH: round(adoption),
  };
}

/** The health score (0-100, an integer) as the weighted mean of the scorecard's measures, with the breakdown. */
export function healthScore(scores: Record<ScorecardMeasure, number>, scorecard: readonly MeasureWeight[]): { score: number; measures: MeasureScore[] } {
  const measures = scorecard.map(({ measure, weight }) => ({ measure, weight, score: Math.round(scores[measure]) }));
  const total = measures.reduce((sum, m) => sum + m.weight, 0);
  if (total <= 0) throw new Error("A scorecard needs a measure with a positive weight");
  const score = Math.round(measures.reduce((sum, m) => sum + m.weight * scores[m.measure], 0) / total);
  return { score, measures };
}

/** Problems with a scorecard as a client sent it: each names its index and field. Empty when fine. */
export function scorecardProblems(
  measures: readonly MeasureWeight[],
): { index: number | null; field: string; problem: "EMPTY" | "DUPLICATE_IN_BATCH" | "OUT_OF_RANGE"; message: string }[] {
  const problems: ReturnType<typeof scorecardProblems> = [];
  if (measures.length === 0) return [{ index: null, field: "measures", problem: "EMPTY", message: "A scorecard needs at least one measure" }];
  const seen = new Set<string>();
  measures.forEach((m, i) => {
    if (seen.has(m.measure)) problems.push({ index: i, field: "measure", problem: "DUPLICATE_IN_BATCH", message: `${m.measure} appears more than once` });
    seen.add(m.measure);
    if (!Number.isFinite(m.weight) || m.weight < 0 || m.weight > 100) {
      problems.push({ index: i, field: "weight", problem: "OUT_OF_RANGE", message: `weight must be between 0 and 100, got ${m.weight}` });
    }
  });
  if (problems.length === 0 && !measures.some((m) => m.weight > 0)) {
    problems.push({ index: null, field: "measures", problem: "OUT_OF_RANGE", message: "At least one measure needs a positive weight" });
  }
  return problems;
}

export { SCORECARD_MEASURES };
