// The rules fallback: a churn probability from health, activity recency and open CTAs when the organization has no outcomes to learn from. Pure.
//
// The seed's rule-based fallback weighs the health score, how recently anyone was active on the
// account and whether CTAs are open. Here each is a term of a logistic mapping, so the result is a
// probability and every term is a factor with its contribution to the log-odds:
//
//   logit p = −2.0                                   (about 12% for a healthy, active account)
//           + 0.04 × (60 − health)                   (health 0–100; 50 when unknown)
//           + 0.05 × max(0, −health slope)           (points lost per 30 days)
//           + 1.2 × min(days since activity, 90)/90  (activity: a login or a CSM touch; none = 90)
//           + 0.3 × min(open CTAs, 3)
//           + 0.8 when the account is marked AT_RISK
//
// Health 80 with activity this week and no CTA → about 6%; health 30, idle for two months, two
// open CTAs → about 65%. The weights are a judgement, not learned: predictions from them carry
// source RULES and low confidence.
import { sigmoid } from "@revgraph/learning";
import type { AccountFacts, AccountSnapshot } from "./churn-features";

export const RULES_INTERCEPT = -2.0;
const HEALTH_PIVOT = 60;
const HEALTH_WEIGHT = 0.04;
const SLOPE_WEIGHT = 0.05;
const RECENCY_CAP_DAYS = 90;
const RECENCY_WEIGHT = 1.2;
const CTA_WEIGHT = 0.3;
const CTA_CAP = 3;
const AT_RISK_WEIGHT = 0.8;
const UNKNOWN_HEALTH = 50;

/** One term of the rules' logit, in human units. */
export interface RuleTerm {
  name: "health" | "health.slope" | "activity.recency" | "openCtas" | "stage.atRisk";
  value: number;
  contribution: number;
}

/** Days since the last login or CSM activity (null when neither ever happened). */
export function daysSinceActivity(facts: AccountFacts): number | null {
  const days = [facts.daysSinceLogin, facts.daysSinceCsmActivity].filter((d): d is number => d !== null);
  return days.length > 0 ? Math.min(...days) : null;
}

/** The rules' terms for an account as known at an instant (see the header). */
export function ruleTerms(facts: AccountFacts, snapshot: Pick<AccountSnapshot, "openCtaCount" | "lifecycleStage">): RuleTerm[] {
  const health = facts.health ?? UNKNOWN_HEALTH;
  const idle = Math.min(daysSinceActivity(facts) ?? RECENCY_CAP_DAYS, RECENCY_CAP_DAYS);
  const ctas = Math.min(Math.max(0, snapshot.openCtaCount), CTA_CAP);
  const atRisk = snapshot.lifecycleStage === "AT_RISK" ? 1 : 0;
  return [
    { name: "health", value: health, contribution: HEALTH_WEIGHT * (HEALTH_PIVOT - health) },
    { name: "health.slope", value: facts.healthSlope, contribution: SLOPE_WEIGHT * Math.max(0, -facts.healthSlope) },
    { name: "activity.recency", value: daysSinceActivity(facts) ?? RECENCY_CAP_DAYS, contribution: (RECENCY_WEIGHT * idle) / RECENCY_CAP_DAYS },
    { name: "openCtas", value: snapshot.openCtaCount, contribution: CTA_WEIGHT * ctas },
    { name: "stage.atRisk", value: atRisk, contribution: AT_RISK_WEIGHT * atRisk },
  ];
}

/** The rules' logit (before the logistic mapping). */
export function rulesLogit(terms: readonly RuleTerm[]): number {
  return terms.reduce((z, t) => z + t.contribution, RULES_INTERCEPT);
}

/** The rules' churn probability. */
export function rulesProbability(facts: AccountFacts, snapshot: Pick<AccountSnapshot, "openCtaCount" | "lifecycleStage">): number {
  return sigmoid(rulesLogit(ruleTerms(facts, snapshot)));
}
