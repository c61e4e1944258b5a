/**
 * The automatic CTA rules that need only account data. Pure: the service feeds them accounts and
 * health points and raises what they return through raiseCta.
 */
import type { Priority } from "@revgraph/db/vocabulary";
import { healthTrend } from "../account/health-trend";
import { DAY_MS } from "./cta-urgency";

/** A renewal this many days away or nearer counts as inside the window. */
export const RENEWAL_WINDOW_DAYS = 90;
/** Inside this many days, a renewal at risk is URGENT rather than HIGH. */
export const URGENT_RENEWAL_DAYS = 30;
/** A rule's CTA is due within a week, or by the renewal if that is sooner. */
const RULE_DUE_DAYS = 7;

export interface RenewalRuleAccount {
  id: string;
  renewalDate: Date | null;
  lifecycleStage: string;
}

export interface RuleCta {
  accountId: string;
  priority: Priority;
  dueAt: Date;
}

/** Midnight UTC of the day an instant falls on. */
function dayStart(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Calendar days (UTC) from today to the day of `date`: 0 for today, negative when past. */
export function daysUntil(date: Date, now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((dayStart(date).getTime() - today) / DAY_MS);
}

/**
 * "Renewal inside 90 days with falling health": accounts not churned whose renewal is today or
 * within RENEWAL_WINDOW_DAYS and whose health trend (the last four points, health-trend.ts) is DECLINING.
 *
 * @param historyNewestFirst each account's most recent health points, newest first
 */
export function renewalAtRisk(accounts: readonly RenewalRuleAccount[], historyNewestFirst: ReadonlyMap<string, readonly { score: number }[]>, now: Date): RuleCta[] {
  const out: RuleCta[] = [];
  for (const account of accounts) {
    if (!account.renewalDate || account.lifecycleStage === "CHURNED") continue;
    const days = daysUntil(account.renewalDate, now);
    if (days < 0 || days > RENEWAL_WINDOW_DAYS) continue;
    if (healthTrend(historyNewestFirst.get(account.id) ?? []) !== "DECLINING") continue;
    const inAWeek = now.getTime() + RULE_DUE_DAYS * DAY_MS;
    const dueAt = new Date(Math.max(now.getTime(), Math.min(inAWeek, dayStart(account.renewalDate).getTime())));
    out.push({ accountId: account.id, priority: days <= URGENT_RENEWAL_DAYS ? "URGENT" : "HIGH", dueAt });
  }
  return out;
}
