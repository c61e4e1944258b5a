/**
 * Pure next best action: service rules that must win (a callback request, a hot lead left alone,
 * a new lead nobody called), then what the requesting rep's own wins say works (pooled toward the
 * team), then stage rules. The first that applies decides; the reasoning cites the numbers.
 */
import { ACTIONS, PRIORITIES, type Action, type Priority } from "@revgraph/db/vocabulary";
import { DAY_MS, snapshotLead, type LeadFacts, type LeadSnapshot } from "../model/features";
import { ACTION_SIGNALS, describeEvidence, type ActionEvidence, type EvidenceAction } from "./action-evidence";

/** What a rep can do next, and how soon: the one list each (the GraphQL enums are built from them). */
export { ACTIONS, PRIORITIES, type Action, type Priority };

export interface NextActionResult {
  action: Action;
  priority: Priority;
  reasoning: string;
  dueAt: Date | null;
}

export interface RepEvidence {
  evidence: ActionEvidence;
  whose: "your" | "your team's";
}

const HOUR_MS = 3_600_000;
const HOT_SCORE = 70;
const HOT_PROBABILITY = 0.6;
/** An action counts as evidence when it was tried on at least this many closed leads and lifted wins this much. */
export const MIN_SUPPORT = 3;
export const MIN_LIFT = 0.05;
/** An action done this recently on the lead is not recommended again. */
export const RECENT_DAYS = 3;

interface State {
  facts: LeadFacts;
  s: LeadSnapshot;
  probability: number;
  now: Date;
  at: (ms: number) => Date;
  pct: string;
}

export function nextBestAction(facts: LeadFacts, probability: number, now: Date, evidence: RepEvidence | null = null): NextActionResult {
  if (facts.outcome) return { action: "NONE", priority: "LOW", reasoning: `This lead is closed (${facts.outcome}).`, dueAt: null };
  const state: State = {
    facts,
    s: snapshotLead(facts, now),
    probability,
    now,
    at: (ms) => new Date(now.getTime() + ms),
    pct: `${Math.round(probability * 100)}%`,
  };
  return serviceRule(state) ?? evidenceRule(state, evidence) ?? stageRule(state);
}

function serviceRule({ facts, s, probability, now, at, pct }: State): NextActionResult | null {
  const lastCall = last(facts, ["CALL"], now);
  const callback = last(facts, ["CALLBACK_REQUEST"], now);
  if (callback && (!lastCall || lastCall < callback) && now.getTime() - callback.getTime() < 3 * DAY_MS) {
    return { action: "CALL", priority: "URGENT", reasoning: `They asked for a callback ${ago(now, callback)} and have not been called since.`, dueAt: now };
  }
  const sinceLast = s.daysSinceLastActivity;
  const hot = s.engagement >= HOT_SCORE || probability >= HOT_PROBABILITY;
  if (hot && (sinceLast === null || sinceLast >= 1)) {
    const days = sinceLast === null ? 0 : Math.floor(sinceLast);
    const quiet = sinceLast === null ? "no activity yet" : `no touch for ${days} day${days === 1 ? "" : "s"}`;
    return { action: "CALL", priority: "URGENT", reasoning: `Hot lead (score ${s.engagement}, ${pct} to convert) with ${quiet}: call now.`, dueAt: now };
  }
  if (s.activitiesLast30Days === 0 && s.daysInFunnel < 2) {
    return { action: "CALL", priority: "HIGH", reasoning: "A new lead nobody has contacted yet: leads called within the hour convert best.", dueAt: at(HOUR_MS) };
  }
  return null;
}

function evidenceRule({ facts, probability, now, at, pct }: State, rep: RepEvidence | null): NextActionResult | null {
  if (!rep) return null;
  const best = rep.evidence.actions.find((a) => a.withAction >= MIN_SUPPORT && a.lift >= MIN_LIFT && !last(facts, ACTION_SIGNALS[a.action], now, RECENT_DAYS));
  if (!best) return null;
  return {
    action: best.action satisfies EvidenceAction,
    priority: probability >= 0.4 ? "HIGH" : "MEDIUM",
    reasoning: `${describeEvidence(best, rep.whose)}; this lead is at ${pct}.`,
    dueAt: at(DAY_MS),
  };
}

function stageRule({ facts, s, probability, now, at, pct }: State): NextActionResult {
  const siteVisit = last(facts, ["SITE_VISIT"], now);
  const meeting = last(facts, ["MEETING"], now);
  if (siteVisit && (!meeting || meeting < siteVisit)) {
    return { action: "MEETING", priority: "HIGH", reasoning: `They visited the site ${ago(now, siteVisit)}; meet to discuss terms while it is fresh.`, dueAt: at(2 * DAY_MS) };
  }
  if (s.counts.PROPERTY_VIEW >= 3 && !siteVisit) {
    return { action: "SITE_VISIT", priority: "HIGH", reasoning: `${s.counts.PROPERTY_VIEW} property views and no site visit yet: offer one.`, dueAt: at(3 * DAY_MS) };
  }
  if (probability >= 0.4) return { action: "CALL", priority: "HIGH", reasoning: `${pct} to convert: a call moves it forward.`, dueAt: at(DAY_MS) };
  const sinceLast = s.daysSinceLastActivity;
  if (sinceLast !== null && sinceLast > 14) {
    return { action: "EMAIL", priority: "MEDIUM", reasoning: `Quiet for ${Math.floor(sinceLast)} days: a re-engagement email is the cheapest next touch.`, dueAt: at(2 * DAY_MS) };
  }
  if (probability < 0.15) return { action: "NURTURE", priority: "LOW", reasoning: `Only ${pct} to convert: keep them in the nurture sequence.`, dueAt: at(7 * DAY_MS) };
  if (s.counts.EMAIL_CLICK + s.counts.WEBSITE_VISIT >= 3 && s.counts.BROCHURE_DOWNLOAD === 0) {
    return { action: "SEND_BROCHURE", priority: "MEDIUM", reasoning: "Engaged online but has not downloaded a brochure: send one.", dueAt: at(2 * DAY_MS) };
  }
  return { action: "EMAIL", priority: "MEDIUM", reasoning: `${pct} to convert with steady engagement (score ${s.engagement}): follow up by email.`, dueAt: at(2 * DAY_MS) };
}

/** The latest activity of these types at or before `now` (within `days` of it, when given). */
export function last(facts: LeadFacts, types: readonly string[], now: Date, days?: number): Date | null {
  const from = days === undefined ? -Infinity : now.getTime() - days * DAY_MS;
  let latest: Date | null = null;
  for (const a of facts.activities) {
    const t = a.occurredAt.getTime();
    if (types.includes(a.type) && t <= now.getTime() && t >= from && (!latest || a.occurredAt > latest)) latest = a.occurredAt;
  }
  return latest;
}

function ago(now: Date, then: Date): string {
  const hours = (now.getTime() - then.getTime()) / HOUR_MS;
  if (hours < 1) return "within the hour";
  if (hours < 48) return `${Math.round(hours)} hours ago`;
  return `${Math.round(hours / 24)} days ago`;
}
