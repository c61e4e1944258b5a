/**
 * Pure: which of a rep's own actions preceded their wins. For each action, the win rate of closed
 * leads that had it in the two weeks before closing versus those that did not, each rate pooled
 * toward the team's rate (a beta prior worth PRIOR_LEADS leads), so a rep with three closed leads
 * is not told that calls "always" work.
 */
import { logit, sigmoid } from "@revgraph/learning";
import { DAY_MS, type ActivityType, type LeadFacts } from "../model/features";

/** Rep actions and the activity types that show them happened. */
export const ACTION_SIGNALS = {
  CALL: ["CALL"],
  EMAIL: ["EMAIL_OPEN", "EMAIL_CLICK"],
  MEETING: ["MEETING"],
  SITE_VISIT: ["SITE_VISIT"],
  SEND_BROCHURE: ["BROCHURE_DOWNLOAD"],
} as const satisfies Record<string, readonly ActivityType[]>;
export type EvidenceAction = keyof typeof ACTION_SIGNALS;

/** How far before the close an action counts as having preceded it. */
export const WINDOW_DAYS = 14;
/** Strength of the pull toward the team: the team's rate counts as this many leads. */
export const PRIOR_LEADS = 10;

export interface ActionStats {
  action: EvidenceAction;
  /** Closed leads with the action in the window, and how many of them were won. */
  withAction: number;
  winsWith: number;
  withoutAction: number;
  winsWithout: number;
  /** Pooled win rates with and without the action, and their difference. */
  rateWith: number;
  rateWithout: number;
  lift: number;
}

export interface ActionEvidence {
  closedLeads: number;
  wins: number;
  actions: ActionStats[];
}

interface Counts {
  withAction: number;
  winsWith: number;
  withoutAction: number;
  winsWithout: number;
}

function countActions(closed: LeadFacts[]): { counts: Map<EvidenceAction, Counts>; wins: number } {
  const counts = new Map<EvidenceAction, Counts>();
  let wins = 0;
  for (const action of Object.keys(ACTION_SIGNALS) as EvidenceAction[]) counts.set(action, { withAction: 0, winsWith: 0, withoutAction: 0, winsWithout: 0 });
  for (const lead of closed) {
    if (!lead.closedAt || !lead.outcome) continue;
    const won = lead.outcome === "WON";
    if (won) wins += 1;
    const end = lead.closedAt.getTime();
    const start = end - WINDOW_DAYS * DAY_MS;
    for (const [action, types] of Object.entries(ACTION_SIGNALS) as [EvidenceAction, readonly ActivityType[]][]) {
      const had = lead.activities.some((a) => types.includes(a.type) && a.occurredAt.getTime() >= start && a.occurredAt.getTime() <= end);
      const c = counts.get(action)!;
      if (had) {
        c.withAction += 1;
        if (won) c.winsWith += 1;
      } else {
        c.withoutAction += 1;
        if (won) c.winsWithout += 1;
      }
    }
  }
  return { counts, wins };
}

/** Evidence from `closed` leads, each rate pooled toward `team` (or toward the overall rate when absent). */
export function actionEvidence(closed: LeadFacts[], team: ActionEvidence | null = null): ActionEvidence {
  const { counts, wins } = countActions(closed);
  const n = closed.filter((l) => l.closedAt && l.outcome).length;
  const base = (wins + 1) / (n + 2);
  const actions: ActionStats[] = [];
  for (const [action, c] of counts) {
    const teamStats = team?.actions.find((a) => a.action === action);
    const priorWith = teamStats?.rateWith ?? base;
    const priorWithout = teamStats?.rateWithout ?? base;
    const rateWith = (c.winsWith + PRIOR_LEADS * priorWith) / (c.withAction + PRIOR_LEADS);
    const rateWithout = (c.winsWithout + PRIOR_LEADS * priorWithout) / (c.withoutAction + PRIOR_LEADS);
    actions.push({ action, ...c, rateWith, rateWithout, lift: rateWith - rateWithout });
  }
  actions.sort((a, b) => b.lift - a.lift || a.action.localeCompare(b.action));
  return { closedLeads: n, wins, actions };
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

/** "7 of your 9 wins had a site visit in their last two weeks (64% won with one, 30% without)". */
export function describeEvidence(stats: ActionStats, whose: "your" | "your team's"): string {
  const label = ACTION_LABELS[stats.action];
  const wins = stats.winsWith + stats.winsWithout;
  return `${stats.winsWith} of ${whose} ${wins} wins had ${label} in their last two weeks (${pct(stats.rateWith)} won with one, ${pct(stats.rateWithout)} without)`;
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
