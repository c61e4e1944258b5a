/**
 * Pure ranked next-best-actions: the rule-based next action first (service rules, the rep's
 * evidence, stage rules — what `nextAction` returns), then every other action that the rep's
 * (pooled) history says lifts wins, by estimated lift. Each carries the estimated chance the lead
 * is won if the action is taken and the lift over not taking it: the lead's current probability
 * moved by the action's odds ratio in the history (odds of winning with it ÷ odds without it).
 */
import { logit, sigmoid } from "@revgraph/learning";
import type { LeadFacts } from "../model/features";
import { ACTION_SIGNALS, describeEvidence, type ActionStats } from "./action-evidence";
import { last, MIN_LIFT, MIN_SUPPORT, nextBestAction, RECENT_DAYS, type NextActionResult, type RepEvidence } from "./next-action.rules";

const DAY_MS = 86_400_000;

export interface RankedAction extends NextActionResult {
  /** Estimated chance the lead is won if the action is taken. */
  successProbability: number;
  /** successProbability minus the lead's probability without it; null when the history says nothing about the action. */
  lift: number | null;
}

/** P(win | take the action) for a lead now at `probability`: its odds times the action's odds ratio in the history. */
export function withAction(probability: number, stats: Pick<ActionStats, "rateWith" | "rateWithout">): number {
  const p = Math.min(0.999, Math.max(0.001, probability));
  return sigmoid(logit(p) + logit(stats.rateWith) - logit(stats.rateWithout));
}

const pct = (p: number) => `${Math.round(p * 100)}%`;

/** Up to `first` actions, best first; the first is always nextBestAction's. */
export function rankedActions(facts: LeadFacts, probability: number, now: Date, rep: RepEvidence | null, first: number): RankedAction[] {
  if (first <= 0) return [];
  const top = nextBestAction(facts, probability, now, rep);
  const statsOf = (action: string) => rep?.evidence.actions.find((a) => a.action === action && a.withAction >= MIN_SUPPORT) ?? null;
  const estimate = (action: string) => {
    const stats = statsOf(action);
    if (!stats) return { successProbability: probability, lift: null };
    const p = withAction(probability, stats);
    return { successProbability: p, lift: p - probability };
  };
  const ranked: RankedAction[] = [{ ...top, ...estimate(top.action) }];
  if (top.action === "NONE" || !rep) return ranked.slice(0, first);
  const others = rep.evidence.actions
    .filter((a) => a.action !== top.action && a.withAction >= MIN_SUPPORT && !last(facts, ACTION_SIGNALS[a.action], now, RECENT_DAYS))
    .map((stats) => ({ stats, p: withAction(probability, stats) }))
    .filter(({ p }) => p > probability)
    .sort((a, b) => b.p - a.p || a.stats.action.localeCompare(b.stats.action));
  for (const { stats, p } of others) {
    ranked.push({
      action: stats.action,
      priority: p - probability >= MIN_LIFT ? "MEDIUM" : "LOW",
      reasoning: `${describeEvidence(stats, rep.whose)}; taking it moves this lead from ${pct(probability)} to about ${pct(p)}.`,
      dueAt: new Date(now.getTime() + 2 * DAY_MS),
      successProbability: p,
      lift: p - probability,
    });
  }
  return ranked.slice(0, first);
}
