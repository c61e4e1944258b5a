/**
 * Demo customer-success history of one account: a year of signals shaped by its lifecycle stage
 * (usage declining and tickets spiking in the months before churn or risk), outcomes of its past
 * renewals, and a weekly health history computed from the signals with the default scorecard,
 * with the anomalies that computation finds.
 */
import type { AccountSignalType } from "@revgraph/db/vocabulary";
import { ANOMALY_WINDOW, DEFAULT_SCORECARD, detectAnomalies, healthScore, measureScores, type HealthReading } from "@revgraph/customer-success/health";
import type { OrgDefinition } from "./catalog";
import type { Rng } from "./random";
import { addDays, DAY_MS, type AccountAnomalyRow, type AccountHealthRow, type AccountOutcomeRow, type AccountRow, type AccountSignalRow } from "./rows";

export const SIGNAL_HISTORY_DAYS = 365;
const FEATURES = ["Reports", "Dashboards", "Alerts", "API", "Integrations", "Exports", "Mobile"];
const PLANS = ["starter", "pro", "enterprise"];
const INDUSTRIES = ["real estate", "construction", "finance", "retail", "software"];

export interface AccountHistory {
  signals: AccountSignalRow[];
  outcomes: AccountOutcomeRow[];
  history: AccountHealthRow[];
  anomalies: AccountAnomalyRow[];
}

/** Fills in the account's owner, ARR and attributes, and generates its signals, outcomes and health. */
export function generateAccountHistory(rng: Rng, ids: Rng, org: OrgDefinition, account: AccountRow, index: number, now: Date, weeks: number): AccountHistory {
  const csms = [org.managerId, ...org.reps.map((r) => r.id)];
  account.csmId = csms[index % csms.length]!;
  account.arr = Math.round(rng.range(5_000, 250_000) / 100) * 100;
  account.attributes = {
    plan: PLANS[Math.floor(rng.range(0, PLANS.length))]!,
    seats: Math.round(rng.range(5, 500)),
    industry: INDUSTRIES[Math.floor(rng.range(0, INDUSTRIES.length))]!,
  };

  const stage = account.lifecycleStage;
  const troubled = stage === "AT_RISK" || stage === "CHURNED";
  // Churned accounts stop at their (past) renewal date; the others run to now.
  const end = stage === "CHURNED" && account.renewalDate ? account.renewalDate : now;
  const start = new Date(Math.max(account.createdAt.getTime(), now.getTime() - SIGNAL_HISTORY_DAYS * DAY_MS));
  const signals: AccountSignalRow[] = [];
  const add = (type: AccountSignalType, at: Date, value = 1, detail: string | null = null) =>
    signals.push({ id: ids.uuid(), organizationId: account.organizationId, accountId: account.id, type, value, detail, occurredAt: at, recordedBy: "demo-seed", createdAt: now });

  const baseLogins = rng.range(5, 40);
  const features = FEATURES.slice(0, troubled ? 3 : 2 + Math.floor(rng.range(2, 6)));
  for (let day = 0; start.getTime() + day * DAY_MS < end.getTime(); day++) {
    const at = addDays(start, day + rng.range(0.3, 0.7));
    if (at.getTime() > end.getTime()) break;
    const daysToEnd = (end.getTime() - at.getTime()) / DAY_MS;
    // Troubled accounts decline over their last 120 days, to about a fifth of their usage.
    const decline = troubled && daysToEnd < 120 ? 0.2 + 0.8 * (daysToEnd / 120) : 1;
    add("LOGIN", at, Math.max(0, Math.round(baseLogins * decline * rng.range(0.7, 1.3))));
    if (day % 7 === 0) {
      add("ACTIVE_USERS", at, Math.max(0, Math.round((baseLogins / 2) * decline * rng.range(0.8, 1.2))));
      for (const feature of features) if (rng.chance(decline * 0.8)) add("FEATURE_USE", at, Math.round(rng.range(1, 20)), feature);
      const ticketRate = troubled && daysToEnd < 60 ? 1.5 : 0.3;
      if (rng.chance(Math.min(0.95, ticketRate))) add("TICKET_OPENED", at, troubled && daysToEnd < 60 ? Math.round(rng.range(1, 4)) : 1);
      if (troubled && daysToEnd < 45 && rng.chance(0.5)) add("TICKET_ESCALATED", at);
    }
    if (day % 30 === 15) add(rng.chance(0.5) ? "CSM_CALL" : "CSM_EMAIL", at);
    if (day % 90 === 45) {
      add("CSM_QBR", at);
      add("NPS", at, Math.round(troubled && daysToEnd < 120 ? rng.range(0, 6) : rng.range(6, 10)));
      add("CSAT", at, Math.round(troubled && daysToEnd < 120 ? rng.range(1, 3) : rng.range(3, 5)));
    }
  }

  // Past renewals, a year apart, back from the renewal date; a churned account's last one is its churn.
  const outcomes: AccountOutcomeRow[] = [];
  if (account.renewalDate) {
    for (let years = stage === "CHURNED" ? 0 : 1; ; years++) {
      const at = new Date(account.renewalDate);
      at.setUTCFullYear(at.getUTCFullYear() - years);
      if (at.getTime() <= account.createdAt.getTime()) break;
      if (at.getTime() > now.getTime()) continue;
      const outcome =
        years === 0
          ? "CHURNED"
          : rng.weighted([
              ["RENEWED", 6],
              ["EXPANDED", 3],
              ["CONTRACTED", 1],
            ] as const);
      outcomes.push({
        id: ids.uuid(),
        organizationId: account.organizationId,
        accountId: account.id,
        outcome,
        occurredAt: at,
        idempotencyKey: `demo-${account.id}-${years}`,
        recordedBy: "demo-seed",
        createdAt: now,
      });
    }
  }

  // Weekly health computed as of each week from the signals known then, oldest first, ending now.
  const history: AccountHealthRow[] = [];
  const anomalies: AccountAnomalyRow[] = [];
  const readings: HealthReading[] = [];
  const count = Math.min(weeks, Math.floor((now.getTime() - account.createdAt.getTime()) / (7 * DAY_MS)) + 1);
  for (let i = count - 1; i >= 0; i--) {
    const at = addDays(now, -7 * i);
    const point = healthScore(measureScores(signals, at), DEFAULT_SCORECARD);
    for (const a of detectAnomalies(readings.slice(-ANOMALY_WINDOW).reverse(), point)) {
      anomalies.push({ id: ids.uuid(), organizationId: account.organizationId, accountId: account.id, ...a, detectedAt: at });
    }
    readings.push(point);
    history.push({ id: ids.uuid(), organizationId: account.organizationId, accountId: account.id, score: point.score, measures: point.measures, recordedAt: at });
  }
  account.healthScore = history.at(-1)!.score;
  return { signals, outcomes, history, anomalies };
}
