/**
 * Does closing a CTA with success go with renewals? Pure: per CTA type and playbook, the share of
 * accounts that renewed after such a CTA closed RESOLVED_SUCCESS, next to the share among accounts
 * without one. "Renewed" is any outcome but CHURNED (RENEWED, EXPANDED, CONTRACTED: the customer
 * stayed). An observational comparison, not a controlled one: the counts are given so a reader can
 * judge how much it says.
 */
import type { AccountOutcome, CtaCloseReason, CtaType } from "@revgraph/db/vocabulary";

export interface EffectivenessCta {
  accountId: string;
  type: CtaType;
  playbookId: string | null;
  closeReason: CtaCloseReason | null;
  closedAt: Date | null;
}

export interface EffectivenessOutcome {
  accountId: string;
  outcome: AccountOutcome;
  occurredAt: Date;
}

export interface RenewalCount {
  accounts: number;
  renewed: number;
  /** renewed / accounts; null without accounts. */
  renewalRate: number | null;
}

export interface CtaEffectivenessGroup {
  type: CtaType;
  playbookId: string | null;
  /** Accounts whose first outcome after their first successful close of such a CTA is counted. */
  withSuccessfulCta: RenewalCount;
  /** Every other account with an outcome, counted by its latest outcome. */
  without: RenewalCount;
  /** withSuccessfulCta.renewalRate − without.renewalRate; null when either is null. */
  difference: number | null;
}

const renewed = (outcome: AccountOutcome) => outcome !== "CHURNED";

function count(outcomes: readonly EffectivenessOutcome[]): RenewalCount {
  const n = outcomes.filter((o) => renewed(o.outcome)).length;
  return { accounts: outcomes.length, renewed: n, renewalRate: outcomes.length ? n / outcomes.length : null };
}

/** One group per CTA type and playbook that has at least one CTA closed RESOLVED_SUCCESS, by type then playbook. */
export function ctaEffectiveness(ctas: readonly EffectivenessCta[], outcomes: readonly EffectivenessOutcome[]): CtaEffectivenessGroup[] {
  const byAccount = new Map<string, EffectivenessOutcome[]>();
  for (const o of [...outcomes].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
    byAccount.set(o.accountId, [...(byAccount.get(o.accountId) ?? []), o]);
  }
  // Per group: each account's first successful close.
  const groups = new Map<string, { type: CtaType; playbookId: string | null; firstSuccess: Map<string, number> }>();
  for (const cta of ctas) {
    if (cta.closeReason !== "RESOLVED_SUCCESS" || !cta.closedAt) continue;
    const key = `${cta.type}\u0000${cta.playbookId ?? ""}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { type: cta.type, playbookId: cta.playbookId, firstSuccess: new Map() }));
    const t = cta.closedAt.getTime();
    const seen = group.firstSuccess.get(cta.accountId);
    if (seen === undefined || t < seen) group.firstSuccess.set(cta.accountId, t);
  }
  const result: CtaEffectivenessGroup[] = [];
  for (const group of groups.values()) {
    const treated: EffectivenessOutcome[] = [];
    const untreated: EffectivenessOutcome[] = [];
    for (const [accountId, list] of byAccount) {
      const closedAt = group.firstSuccess.get(accountId);
      const after = closedAt === undefined ? undefined : list.find((o) => o.occurredAt.getTime() > closedAt);
      if (after) treated.push(after);
      else if (closedAt === undefined) untreated.push(list.at(-1)!);
      // An account whose only outcomes came before its successful CTA says nothing about the CTA: left out.
    }
    const withSuccessfulCta = count(treated);
    const without = count(untreated);
    const difference = withSuccessfulCta.renewalRate !== null && without.renewalRate !== null ? withSuccessfulCta.renewalRate - without.renewalRate : null;
    result.push({ type: group.type, playbookId: group.playbookId, withSuccessfulCta, without, difference });
  }
  return result.sort((a, b) => a.type.localeCompare(b.type) || (a.playbookId ?? "").localeCompare(b.playbookId ?? ""));
}
