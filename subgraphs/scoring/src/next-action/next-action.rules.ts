/**
 * Pure next best action: service rules (a callback request, a hot lead left alone, a new lead
 * nobody called), then what the requesting rep's own history says works for leads as old as this
 * one (pooled toward the team: action-evidence.ts), then stage rules. The first rule that applies decides, unless the rep's history says its action lowers
 * wins beyond noise (see lowersWins): then it is passed over for the next rule, and the action that
 * replaces it says why. A requested callback and the first contact with a new lead are owed to the
 * customer, not bets on the odds, and are never passed over. The reasoning cites the numbers, and never a lift the history contradicts.
 */
import { ACTIONS, PRIORITIES, type Action, type Priority } from "@revgraph/db/vocabulary";
import { DAY_MS, snapshotLead, type LeadFacts, type LeadSnapshot } from "../model/features";
import {
  ACTION_LABELS,
  ACTION_SIGNALS,
  actionsAt,
  describeEvidence,
  liftInterval,
  pct,
  WINDOW_DAYS,
  windowLabel,
  withAction,
  type ActionEvidence,
  type ActionStats,
  type EvidenceAction,
} from "./action-evidence";

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
  rep: RepEvidence | null;
  /** The rep's evidence at the lead's age (see repActions). */
  actions: ActionStats[];
  at: (ms: number) => Date;
  pct: string;
}

/** What one rule proposes. */
interface Proposal extends NextActionResult {
  /** Why the rule fired, for the action that replaces it when the history contradicts it: "it is a hot lead left alone for a day". */
  because: string;
  /** An obligation to the customer rather than a bet on the odds (a requested callback, a new lead's first contact): never passed over. */
  owed?: boolean;
}

type Rule = (state: State) => Proposal | null;

/** The rep's evidence that speaks for this lead: judged among closed leads when they were as old as it is now. */
export function repActions(rep: RepEvidence | null, facts: LeadFacts, now: Date): ActionStats[] {
  return rep ? actionsAt(rep.evidence, (now.getTime() - facts.createdAt.getTime()) / DAY_MS) : [];
}

/** The history's numbers for an action, when it was tried on enough closed leads to speak for it. */
export function supportedStats(actions: ActionStats[], action: Action): ActionStats | null {
  return actions.find((a) => a.action === action && a.withAction >= MIN_SUPPORT) ?? null;
}

/**
 * Whether the history says the action lowers wins beyond noise: tried on at least MIN_SUPPORT
 * closed leads, its pooled win rate at least MIN_LIFT below the rate without it (the same bar an
 * action clears to be recommended on evidence), and the 95% interval of that difference wholly
 * below zero.
 */
export function lowersWins(stats: ActionStats): boolean {
  return stats.withAction >= MIN_SUPPORT && stats.lift <= -MIN_LIFT && liftInterval(stats).high < 0;
}

export function nextBestAction(facts: LeadFacts, probability: number, now: Date, rep: RepEvidence | null = null): NextActionResult {
  if (facts.outcome) return { action: "NONE", priority: "LOW", reasoning: `This lead is closed (${facts.outcome}).`, dueAt: null };
  const state: State = {
    facts,
    s: snapshotLead(facts, now),
    probability,
    now,
    rep,
    actions: repActions(rep, facts, now),
    at: (ms) => new Date(now.getTime() + ms),
    pct: pct(probability),
  };
  let passedOver: { proposal: Proposal; stats: ActionStats } | null = null;
  for (const rule of RULES) {
    const proposal = rule(state);
    if (!proposal) continue;
    const stats = supportedStats(state.actions, proposal.action);
    if (!proposal.owed && stats && lowersWins(stats)) {
      passedOver ??= { proposal, stats };
      continue;
    }
    return finish(state, proposal, stats, passedOver);
  }
  // Every rule that applied proposed an action the history contradicts: the nurture sequence asks nothing of the rep.
  const nurture: Proposal = { action: "NURTURE", priority: "LOW", reasoning: "Keep them in the nurture sequence.", dueAt: state.at(7 * DAY_MS), because: "nothing else applies" };
  return finish(state, nurture, null, passedOver);
}

/**
 * The proposal as served: when the history puts its action below the lead's chance now, the
 * reasoning says so with the same numbers the ranked action shows (and why it stands anyway); when
 * a rule was passed over, it says which and why.
 */
function finish(
  { probability, rep, pct: current }: State,
  proposal: Proposal,
  stats: ActionStats | null,
  passedOver: { proposal: Proposal; stats: ActionStats } | null,
): NextActionResult {
  const { action, priority, dueAt } = proposal;
  let reasoning = proposal.reasoning;
  const estimate = stats && withAction(probability, stats);
  if (rep && stats && estimate !== null && estimate < probability && pct(estimate) !== current) {
    const label = ACTION_LABELS[stats.action];
    const effect = `by ${rep.whose} history ${label} moves this lead from ${current} to about ${pct(estimate)}`;
    const why =
      stats.lift <= -MIN_LIFT
        ? `too uncertain a drop (${stats.withAction} closed leads still open at ${stats.ageDays + WINDOW_DAYS} days old had ${label} ${windowLabel(stats.ageDays)})`
        : "too small a drop";
    reasoning += proposal.owed ? ` It is owed whatever the odds: ${effect}.` : ` ${capitalize(effect)}, ${why} to overrule this.`;
  }
  if (passedOver && rep) {
    const skipped = ACTION_LABELS[passedOver.stats.action];
    const after = pct(withAction(probability, passedOver.stats));
    reasoning += ` Not ${skipped} first, though ${passedOver.proposal.because}. ${describeEvidence(passedOver.stats, rep.whose)}, so ${skipped} would take this lead from ${current} to about ${after}.`;
  }
  return { action, priority, reasoning, dueAt };
}

const callbackOwed: Rule = ({ facts, now }) => {
  const lastCall = last(facts, ["CALL"], now);
  const callback = last(facts, ["CALLBACK_REQUEST"], now);
  if (!callback || (lastCall && lastCall >= callback) || now.getTime() - callback.getTime() >= 3 * DAY_MS) return null;
  const reasoning = `They asked for a callback ${ago(now, callback)} and have not been called since.`;
  return { action: "CALL", priority: "URGENT", reasoning, dueAt: now, because: "they asked for a callback", owed: true };
};

const hotLeadLeftAlone: Rule = ({ s, probability, now, pct }) => {
  const sinceLast = s.daysSinceLastActivity;
  const hot = s.engagement >= HOT_SCORE || probability >= HOT_PROBABILITY;
  if (!hot || (sinceLast !== null && sinceLast < 1)) return null;
  const days = sinceLast === null ? 0 : Math.floor(sinceLast);
  const quiet = sinceLast === null ? "no activity yet" : `no touch for ${days} day${days === 1 ? "" : "s"}`;
  const reasoning = `Hot lead (score ${s.engagement}, ${pct} to convert) with ${quiet}: call now.`;
  return { action: "CALL", priority: "URGENT", reasoning, dueAt: now, because: `it is a hot lead with ${quiet}` };
};

const newLeadNobodyCalled: Rule = ({ s, at }) => {
  if (s.activitiesLast30Days !== 0 || s.daysInFunnel >= 2) return null;
  const reasoning = "A new lead nobody has contacted yet: leads called within the hour convert best.";
  // First contact is owed like a callback: no later step (a visit, a meeting) can come before it.
  return { action: "CALL", priority: "HIGH", reasoning, dueAt: at(HOUR_MS), because: "it is a new lead nobody has contacted", owed: true };
};

/** The action with the highest odds ratio (so the highest estimated success for any lead) among those the history says lift wins. */
const repEvidence: Rule = ({ facts, probability, now, rep, actions, at, pct: current }) => {
  if (!rep) return null;
  const oddsRatio = (a: ActionStats) => withAction(0.5, a);
  const best = actions
    .filter((a) => a.withAction >= MIN_SUPPORT && a.lift >= MIN_LIFT && !last(facts, ACTION_SIGNALS[a.action], now, RECENT_DAYS))
    .sort((a, b) => oddsRatio(b) - oddsRatio(a) || a.action.localeCompare(b.action))[0];
  if (!best) return null;
  return {
    action: best.action satisfies EvidenceAction,
    priority: probability >= 0.4 ? "HIGH" : "MEDIUM",
    reasoning: `${describeEvidence(best, rep.whose)}; taking it moves this lead from ${current} to about ${pct(withAction(probability, best))}.`,
    dueAt: at(DAY_MS),
    because: `${rep.whose} history favours it`,
  };
};

const meetAfterSiteVisit: Rule = ({ facts, now, at }) => {
  const siteVisit = last(facts, ["SITE_VISIT"], now);
  const meeting = last(facts, ["MEETING"], now);
  if (!siteVisit || (meeting && meeting >= siteVisit)) return null;
  const reasoning = `They visited the site ${ago(now, siteVisit)}; meet to discuss terms while it is fresh.`;
  return { action: "MEETING", priority: "HIGH", reasoning, dueAt: at(2 * DAY_MS), because: "they visited the site" };
};

const visitAfterViews: Rule = ({ facts, s, now, at }) => {
  if (s.counts.PROPERTY_VIEW < 3 || last(facts, ["SITE_VISIT"], now)) return null;
  const reasoning = `${s.counts.PROPERTY_VIEW} property views and no site visit yet: offer one.`;
  return { action: "SITE_VISIT", priority: "HIGH", reasoning, dueAt: at(3 * DAY_MS), because: `they viewed ${s.counts.PROPERTY_VIEW} properties` };
};

const callLikelyLead: Rule = ({ probability, at, pct }) => {
  if (probability < 0.4) return null;
  return { action: "CALL", priority: "HIGH", reasoning: `${pct} to convert: a call moves it forward.`, dueAt: at(DAY_MS), because: `it is at ${pct}` };
};

const reEngageQuietLead: Rule = ({ s, at }) => {
  const sinceLast = s.daysSinceLastActivity;
  if (sinceLast === null || sinceLast <= 14) return null;
  const days = Math.floor(sinceLast);
  const reasoning = `Quiet for ${days} days: a re-engagement email is the cheapest next touch.`;
  return { action: "EMAIL", priority: "MEDIUM", reasoning, dueAt: at(2 * DAY_MS), because: `it has been quiet for ${days} days` };
};

const nurtureUnlikelyLead: Rule = ({ probability, at, pct }) => {
  if (probability >= 0.15) return null;
  return { action: "NURTURE", priority: "LOW", reasoning: `Only ${pct} to convert: keep them in the nurture sequence.`, dueAt: at(7 * DAY_MS), because: `it is only at ${pct}` };
};

const brochureForOnlineInterest: Rule = ({ s, at }) => {
  if (s.counts.EMAIL_CLICK + s.counts.WEBSITE_VISIT < 3 || s.counts.BROCHURE_DOWNLOAD > 0) return null;
  const reasoning = "Engaged online but has not downloaded a brochure: send one.";
  return { action: "SEND_BROCHURE", priority: "MEDIUM", reasoning, dueAt: at(2 * DAY_MS), because: "they are engaged online without a brochure" };
};

const followUpByEmail: Rule = ({ s, at, pct }) => {
  const reasoning = `${pct} to convert with steady engagement (score ${s.engagement}): follow up by email.`;
  return { action: "EMAIL", priority: "MEDIUM", reasoning, dueAt: at(2 * DAY_MS), because: "a follow-up is due" };
};

/** In order: service rules, the rep's evidence, stage rules (the last always applies). */
const RULES: readonly Rule[] = [
  callbackOwed,
  hotLeadLeftAlone,
  newLeadNobodyCalled,
  repEvidence,
  meetAfterSiteVisit,
  visitAfterViews,
  callLikelyLead,
  reEngageQuietLead,
  nurtureUnlikelyLead,
  brochureForOnlineInterest,
  followUpByEmail,
];

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

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function ago(now: Date, then: Date): string {
  const hours = (now.getTime() - then.getTime()) / HOUR_MS;
  if (hours < 1) return "within the hour";
  if (hours < 48) return `${Math.round(hours)} hours ago`;
  return `${Math.round(hours / 24)} days ago`;
}
