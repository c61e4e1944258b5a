// The deterministic explanation and recommendations of a churn prediction, quoting numbers a CSM can check. Pure.
import { formatNumber, formatSigned, plural, type Confidence } from "@revgraph/learning";
import type { AccountFacts, AccountSnapshot } from "./churn-features";
import type { ChurnModel } from "./churn-model";
import type { ChurnFactor, ChurnSource, RiskCategory } from "./churn-predict";

export type PlaybookType = "RISK" | "RENEWAL" | "EXPANSION";

/** One thing to do: tied to a playbook type, or (playbook null) a concrete step on its own. */
export interface ChurnRecommendation {
  playbook: PlaybookType | null;
  action: string;
  /** The numbers that call for it. */
  reason: string;
}

export interface ExplanationContext {
  probability: number;
  riskCategory: RiskCategory;
  confidence: Confidence;
  factors: ChurnFactor[];
  source: ChurnSource;
  windowDays: number;
  facts: AccountFacts;
  model: ChurnModel | null;
}

/** Contributions smaller than this (in log-odds) are not quoted. */
const QUOTED = 0.05;

function isIndicator(f: ChurnFactor): boolean {
  return f.name.includes("=") || /\.(missing|none|inWindow|atRisk)$/.test(f.name);
}

function quote(f: ChurnFactor): string {
  if (isIndicator(f)) return `${f.label}${f.value === 1 ? "" : ": no"} (${formatSigned(f.contribution)})`;
  return `${f.label} ${f.value === null ? "unknown" : formatNumber(f.value)} (${formatSigned(f.contribution)})`;
}

function basis(context: ExplanationContext): string {
  const m = context.model;
  if (!m) return "No renewal outcomes recorded yet, so this comes from rules on health, activity recency and open CTAs.";
  return `Learned from ${plural(m.accounts, "account", "accounts")} with a recorded outcome (${m.churned} churned within ${m.windowDays} days of a snapshot).`;
}

/** "34% chance of churning within 90 days: MEDIUM risk, low confidence. <basis> Raising it: …. Lowering it: …." */
export function churnExplanation(context: ExplanationContext): string {
  const pct = Math.round(context.probability * 100);
  const raising = context.factors.filter((f) => f.contribution >= QUOTED).slice(0, 3);
  const lowering = context.factors.filter((f) => f.contribution <= -QUOTED).slice(0, 2);
  const parts = [`${pct}% chance of churning within ${context.windowDays} days: ${context.riskCategory} risk, ${context.confidence.toLowerCase()} confidence.`, basis(context)];
  if (raising.length > 0) parts.push(`Raising it: ${raising.map(quote).join("; ")}.`);
  if (lowering.length > 0) parts.push(`Lowering it: ${lowering.map(quote).join("; ")}.`);
  return parts.join(" ");
}

/** Logins a month fell to under 70% of the previous rate (from at least 5 a month). */
function usageFell(f: AccountFacts): boolean {
  const previous = f.loginsPrevious / 2;
  return previous >= 5 && f.loginsRecent < 0.7 * previous;
}

function usageRose(f: AccountFacts): boolean {
  const previous = f.loginsPrevious / 2;
  return previous >= 5 && f.loginsRecent >= 1.2 * previous;
}

/** What to do, most urgent first (see the rules inline); at least one recommendation. */
export function churnRecommendations(context: ExplanationContext, snapshot: Pick<AccountSnapshot, "openCtaCount">): ChurnRecommendation[] {
  const f = context.facts;
  const out: ChurnRecommendation[] = [];
  const pct = Math.round(context.probability * 100);
  const atRisk = context.riskCategory === "HIGH" || context.riskCategory === "CRITICAL";
  if (atRisk) {
    out.push({
      playbook: "RISK",
      action:
        snapshot.openCtaCount > 0
          ? "Work the open risk CTA: reach the executive sponsor within 5 days"
          : "Open a risk CTA and run the risk playbook: reach the executive sponsor within 5 days",
      reason: `${pct}% churn risk within ${context.windowDays} days (${context.riskCategory})`,
    });
  }
  if (usageFell(f)) {
    out.push({
      playbook: "RISK",
      action: "Review product usage with the customer's admins and offer re-training",
      reason: `logins fell from ${formatNumber(f.loginsPrevious / 2)} to ${formatNumber(f.loginsRecent)} a month`,
    });
  }
  if (f.escalations90 > 0) {
    out.push({
      playbook: "RISK",
      action: "Review the escalated tickets with support and agree a resolution date with the customer",
      reason: `${plural(f.escalations90, "escalated ticket", "escalated tickets")} in the last 90 days`,
    });
  } else if (f.tickets30 >= 3) {
    out.push({ playbook: null, action: "Look for a common cause in this month's support tickets", reason: `${f.tickets30} tickets in the last 30 days` });
  }
  if (f.nps !== null && f.nps <= 6) {
    out.push({ playbook: "RISK", action: "Call back about the NPS answer and log the detractor's reasons", reason: `latest NPS ${formatNumber(f.nps)}` });
  }
  if (context.riskCategory !== "LOW" && (f.daysSinceCsmActivity === null || f.daysSinceCsmActivity > 30)) {
    const since = f.daysSinceCsmActivity === null ? "no CSM activity recorded" : `no CSM activity for ${plural(Math.round(f.daysSinceCsmActivity), "day", "days")}`;
    out.push({ playbook: null, action: "Schedule a check-in call this week", reason: since });
  }
  if (f.daysToRenewal !== null && f.daysToRenewal >= 0 && f.daysToRenewal <= context.windowDays) {
    out.push({
      playbook: "RENEWAL",
      action: "Start the renewal playbook: confirm the decision maker and send the renewal quote",
      reason: `renewal in ${plural(Math.round(f.daysToRenewal), "day", "days")}`,
    });
  }
  if (context.riskCategory === "LOW" && (usageRose(f) || (f.health !== null && f.health >= 75))) {
    const reason = usageRose(f) ? `logins rose from ${formatNumber(f.loginsPrevious / 2)} to ${formatNumber(f.loginsRecent)} a month` : `health ${formatNumber(f.health ?? 0)}`;
    out.push({ playbook: "EXPANSION", action: "Qualify an expansion: more seats or the next plan", reason });
  }
  if (out.length === 0) out.push({ playbook: null, action: "Keep the regular check-in cadence", reason: `${pct}% churn risk (${context.riskCategory})` });
  return out;
}
