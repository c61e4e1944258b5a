/**
 * Pure ranked next-best-actions: first what `nextAction` returns (nextBestAction: service rules,
 * the rep's evidence, stage rules, passing over a rule whose action the rep's history says lowers
 * wins), then every other action that the rep's (pooled) history says lifts wins, by estimated
 * success. Each carries the estimated chance the lead is won if the action is taken and the lift
 * over not taking it: the lead's current probability moved by the action's odds ratio in the
 * history (odds of winning with it ÷ odds without it). An action the history says lowers wins is
 * never listed after the first: it has no lift to rank by.
 */
import { DAY_MS, type LeadFacts } from "../model/features";
import { ACTION_SIGNALS, describeEvidence, pct, withAction } from "./action-evidence";
import { last, MIN_LIFT, MIN_SUPPORT, nextBestAction, RECENT_DAYS, repActions, supportedStats, type NextActionResult, type RepEvidence } from "./next-action.rules";

export { withAction };

export interface RankedAction extends NextActionResult {
  /** Estimated chance the lead is won if the action is taken. */
  successProbability: number;
  /** successProbability minus the lead's probability without it; null when the history says nothing about the action. */
  lift: number | null;
}

/** Up to `first` actions, best first; the first is always nextBestAction's. */
export function rankedActions(facts: LeadFacts, probability: number, now: Date, rep: RepEvidence | null, first: number): RankedAction[] {
  if (first <= 0) return [];
  const top = nextBestAction(facts, probability, now, rep);
  const actions = repActions(rep, facts, now);
  const stats = top.action === "NONE" ? null : supportedStats(actions, top.action);
  const p = stats ? withAction(probability, stats) : probability;
  const ranked: RankedAction[] = [{ ...top, successProbability: p, lift: stats ? p - probability : null }];
  if (top.action === "NONE" || !rep) return ranked.slice(0, first);
  const others = actions
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
