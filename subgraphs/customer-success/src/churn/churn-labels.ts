// Human labels and values of churn factors ("usage.trend" → "login trend (last 30 days vs the 60 before)"). Pure.
import { attributeBinLabel, attributeValueOf, describeAttributeColumn, humanizeKey, type RecordEncoder } from "@revgraph/learning";
import type { AccountFacts, AccountSnapshot } from "./churn-features";
import { daysSinceActivity } from "./churn-rules";

const LABELS: Readonly<Record<string, string>> = {
  "usage.recent": "logins in the last 30 days",
  "usage.previous": "logins per month in the 60 days before",
  "usage.trend": "login trend (last 30 days vs the 60 before)",
  "usage.baseline": "logins per month, days 90 to 365 before",
  "usage.longTrend": "login trend (last 30 days vs the account's baseline)",
  activeUsers: "active users",
  "features.distinct": "distinct features used in the last 90 days",
  "tickets.30": "support tickets in the last 30 days",
  "tickets.90": "support tickets in the last 90 days",
  "escalations.30": "escalated tickets in the last 30 days",
  "escalations.90": "escalated tickets in the last 90 days",
  nps: "latest NPS",
  "nps.missing": "no NPS answer",
  csat: "latest CSAT",
  "csat.missing": "no CSAT answer",
  "csm.recency": "days since the last CSM activity",
  "csm.none": "no CSM activity yet",
  "login.recency": "days since the last login",
  "login.none": "no login yet",
  health: "health score",
  "health.slope": "health trend (points per 30 days)",
  "health.missing": "no health score",
  arr: "ARR",
  "arr.missing": "ARR unknown",
  "renewal.days": "days to renewal",
  "renewal.inWindow": "renewal inside the prediction window",
  "renewal.none": "no renewal date",
  "rule.health": "health score",
  "rule.health.slope": "health trend (points per 30 days)",
  "rule.activity.recency": "days since the last login or CSM activity",
  "rule.openCtas": "open CTAs",
  "rule.stage.atRisk": "marked at risk",
};

/** The label of a churn factor; a numeric attribute's bin names its range. */
export function churnFactorLabel(encoder: RecordEncoder | null, name: string): string {
  if (name in LABELS) return LABELS[name];
  const describe = (n: string): string => describeAttributeColumn(n) ?? humanizeKey(n);
  return (encoder ? attributeBinLabel(encoder.attributes, name, describe) : null) ?? describe(name);
}

/** A factor's value in human units (counts, days, scores, 0/1), null when unknown; `raw` for anything else. */
export function churnFactorValue(name: string, f: AccountFacts, snapshot: AccountSnapshot, raw: number): number | null {
  switch (name) {
    case "usage.recent":
      return f.loginsRecent;
    case "usage.previous":
      return f.loginsPrevious / 2;
    case "usage.trend":
      return f.loginsRecent - f.loginsPrevious / 2;
    case "usage.baseline":
      return f.loginsBaselineMonthly;
    case "usage.longTrend":
      return f.loginsRecent - (f.loginsBaselineMonthly ?? f.loginsPrevious / 2);
    case "activeUsers":
      return f.activeUsers;
    case "features.distinct":
      return f.distinctFeatures;
    case "tickets.30":
      return f.tickets30;
    case "tickets.90":
      return f.tickets90;
    case "escalations.30":
      return f.escalations30;
    case "escalations.90":
      return f.escalations90;
    case "nps":
      return f.nps;
    case "csat":
      return f.csat;
    case "csm.recency":
      return f.daysSinceCsmActivity;
    case "login.recency":
      return f.daysSinceLogin;
    case "health":
      return f.health;
    case "health.slope":
      return f.healthSlope;
    case "arr":
      return f.arr;
    case "renewal.days":
      return f.daysToRenewal;
    case "rule.activity.recency":
      return daysSinceActivity(f);
    default:
      return name.startsWith("attr.") && !name.includes("=") && !name.endsWith(".missing") ? attributeValueOf(name, snapshot.attributes) : raw;
  }
}
