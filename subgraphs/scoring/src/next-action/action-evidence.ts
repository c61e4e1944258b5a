/**
 * Pure: which of a rep's own actions were followed by wins, judged among leads that were alike when
 * the action was taken (landmarks, as the scoring model is trained: model/landmarks.ts). At each
 * landmark age k, the closed leads still open at age k + WINDOW_DAYS are split by whether they had
 * the action in the window [k, k + WINDOW_DAYS), and the win rates of the two groups compared. Both
 * groups stayed open through the whole window, so closing sooner puts a lead in neither: counted
 * instead in the days before each lead's close, lost leads (which close within days) had their
 * early calls counted and won leads (which close after weeks) did not, and calls looked like they
 * lowered wins for a rep whose wins follow a call on the first day. A lead is advised by the
 * landmark at or just below its age (actionsAt). Each rate is pooled toward the team's at the same
 * landmark (a beta prior worth PRIOR_LEADS leads), so a rep with three closed leads is not told that
 * calls "always" work.
 */
import { logit, sigmoid } from "@revgraph/learning";
import { DAY_MS, type ActivityType, type LeadFacts } from "../model/features";
import { LANDMARK_DAYS } from "../model/landmarks";

/** Rep actions and the activity types that show them happened. */
export const ACTION_SIGNALS = {
  CALL: ["CALL"],
  EMAIL: ["EMAIL_OPEN", "EMAIL_CLICK"],
  MEETING: ["MEETING"],
  SITE_VISIT: ["SITE_VISIT"],
  SEND_BROCHURE: ["BROCHURE_DOWNLOAD"],
} as const satisfies Record<string, readonly ActivityType[]>;
export type EvidenceAction = keyof typeof ACTION_SIGNALS;

/** How long after a landmark an action counts as taken at it: a week, the time a rep has to act on advice. */
export const WINDOW_DAYS = 7;
/** Strength of the pull toward the team: the team's rate counts as this many leads. */
export const PRIOR_LEADS = 10;

export interface ActionStats {
  action: EvidenceAction;
  /** The landmark: leads judged were still open WINDOW_DAYS after this age, the action counted in between. */
  ageDays: number;
  /** Those leads with the action in the window, and how many of them were won. */
  withAction: number;
  winsWith: number;
  withoutAction: number;
  winsWithout: number;
  /** Pooled win rates with and without the action, and their difference. */
  rateWith: number;
  rateWithout: number;
  lift: number;
}

/** The evidence at one landmark age: the closed leads still open WINDOW_DAYS after it, their wins, each action's numbers. */
export interface LandmarkEvidence {
  ageDays: number;
  leads: number;
  wins: number;
  actions: ActionStats[];
}

export interface ActionEvidence {
  /** The window the evidence was counted with (evidence counted otherwise is not served: see servedEvidence). */
  windowDays: number;
  closedLeads: number;
  wins: number;
  /** By landmark age, youngest first. */
  landmarks: LandmarkEvidence[];
}

interface Counts {
  withAction: number;
  winsWith: number;
  withoutAction: number;
  winsWithout: number;
}

/** Whether the lead had one of these activities in [from, to). */
function hadBetween(lead: LeadFacts, types: readonly ActivityType[], from: number, to: number): boolean {
  return lead.activities.some((a) => types.includes(a.type) && a.occurredAt.getTime() >= from && a.occurredAt.getTime() < to);
}

/** Each action's counts among the closed leads still open WINDOW_DAYS after `ageDays`. */
function countAt(closed: LeadFacts[], ageDays: number): { counts: Map<EvidenceAction, Counts>; leads: number; wins: number } {
  const counts = new Map<EvidenceAction, Counts>();
  for (const action of Object.keys(ACTION_SIGNALS) as EvidenceAction[]) counts.set(action, { withAction: 0, winsWith: 0, withoutAction: 0, winsWithout: 0 });
  let leads = 0;
  let wins = 0;
  for (const lead of closed) {
    const start = lead.createdAt.getTime() + ageDays * DAY_MS;
    const end = start + WINDOW_DAYS * DAY_MS;
    if ((lead.closedAt as Date).getTime() <= end) continue;
    const won = lead.outcome === "WON";
    leads += 1;
    if (won) wins += 1;
    for (const [action, types] of Object.entries(ACTION_SIGNALS) as [EvidenceAction, readonly ActivityType[]][]) {
      const c = counts.get(action)!;
      if (hadBetween(lead, types, start, end)) {
        c.withAction += 1;
        if (won) c.winsWith += 1;
      } else {
        c.withoutAction += 1;
        if (won) c.winsWithout += 1;
      }
    }
  }
  return { counts, leads, wins };
}

/** One landmark's evidence, each rate pooled toward `team`'s at the same landmark (or toward the landmark's overall rate). */
function landmarkEvidence(closed: LeadFacts[], ageDays: number, team: LandmarkEvidence | null): LandmarkEvidence {
  const { counts, leads, wins } = countAt(closed, ageDays);
  const base = (wins + 1) / (leads + 2);
  const actions: ActionStats[] = [];
  for (const [action, c] of counts) {
    const teamStats = team?.actions.find((a) => a.action === action);
    const priorWith = teamStats?.rateWith ?? base;
    const priorWithout = teamStats?.rateWithout ?? base;
    const rateWith = (c.winsWith + PRIOR_LEADS * priorWith) / (c.withAction + PRIOR_LEADS);
    const rateWithout = (c.winsWithout + PRIOR_LEADS * priorWithout) / (c.withoutAction + PRIOR_LEADS);
    actions.push({ action, ageDays, ...c, rateWith, rateWithout, lift: rateWith - rateWithout });
  }
  actions.sort((a, b) => b.lift - a.lift || a.action.localeCompare(b.action));
  return { ageDays, leads, wins, actions };
}

/** Evidence from `closed` leads at every landmark age, each rate pooled toward `team` (or toward the landmark's overall rate when absent). */
export function actionEvidence(closed: LeadFacts[], team: ActionEvidence | null = null): ActionEvidence {
  const known = closed.filter((l) => l.closedAt && l.outcome);
  const landmarks = LANDMARK_DAYS.map((age) => landmarkEvidence(known, age, team?.landmarks.find((l) => l.ageDays === age) ?? null));
  return { windowDays: WINDOW_DAYS, closedLeads: known.length, wins: known.filter((l) => l.outcome === "WON").length, landmarks };
}

/** The evidence that speaks for a lead `ageDays` old: the latest landmark at or before its age (none before the first). */
export function actionsAt(evidence: ActionEvidence, ageDays: number): ActionStats[] {
  let actions: ActionStats[] = [];
  for (const landmark of evidence.landmarks) if (landmark.ageDays <= ageDays) actions = landmark.actions;
  return actions;
}

/** Stored evidence as served: null when it was counted another way (before landmarks, or another window), until the model is retrained. */
export function servedEvidence(stored: unknown): ActionEvidence | null {
  const evidence = stored as Partial<ActionEvidence> | null;
  return evidence && Array.isArray(evidence.landmarks) && evidence.windowDays === WINDOW_DAYS ? (evidence as ActionEvidence) : null;
}

/** P(win | take the action) for a lead now at `probability`: its odds times the action's odds ratio in the history. */
export function withAction(probability: number, stats: Pick<ActionStats, "rateWith" | "rateWithout">): number {
  const p = Math.min(0.999, Math.max(0.001, probability));
  return sigmoid(logit(p) + logit(stats.rateWith) - logit(stats.rateWithout));
}

/**
 * The 95% interval of the pooled lift (rateWith − rateWithout). Each pooled rate is read as a beta
 * posterior worth its closed leads plus the PRIOR_LEADS it was pulled with, variance r(1 − r)/(n + PRIOR_LEADS + 1).
 */
export function liftInterval(stats: ActionStats): { low: number; high: number } {
  const variance = (rate: number, n: number) => (rate * (1 - rate)) / (n + PRIOR_LEADS + 1);
  const half = 1.96 * Math.sqrt(variance(stats.rateWith, stats.withAction) + variance(stats.rateWithout, stats.withoutAction));
  return { low: stats.lift - half, high: stats.lift + half };
}

/** When the action was counted, for the texts: "in their first week", "in the week after they were 3 days old". */
export function windowLabel(ageDays: number): string {
  if (ageDays === 0) return "in their first week";
  return `in the week after they were ${ageDays} day${ageDays === 1 ? "" : "s"} old`;
}

/**
 * "Of your 40 closed leads still open at 7 days old, 12 of the 19 with a call in their first week
 * were won, 6 of the 21 without (an estimated 58% against 31%)": the counts as counted, the rates
 * as pooled.
 */
export function describeEvidence(stats: ActionStats, whose: "your" | "your team's"): string {
  const label = ACTION_LABELS[stats.action];
  const leads = stats.withAction + stats.withoutAction;
  const openAt = stats.ageDays + WINDOW_DAYS;
  return (
    `Of ${whose} ${leads} closed leads still open at ${openAt} days old, ${stats.winsWith} of the ${stats.withAction} with ${label} ${windowLabel(stats.ageDays)} were won, ` +
    `${stats.winsWithout} of the ${stats.withoutAction} without (an estimated ${pct(stats.rateWith)} against ${pct(stats.rateWithout)})`
  );
}

export const ACTION_LABELS: Record<EvidenceAction, string> = {
  CALL: "a call",
  EMAIL: "an email exchange",
  MEETING: "a meeting",
  SITE_VISIT: "a site visit",
  SEND_BROCHURE: "a brochure",
};

/** A probability as the reasoning texts write it: "64%". */
export function pct(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}
