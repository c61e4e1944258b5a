/** Pure service rules for the next best action: the lead's state decides, first matching rule wins. */
import { DAY_MS, snapshotLead, type LeadFacts } from "../model/features";

export type Action = "CALL" | "EMAIL" | "MEETING" | "SITE_VISIT" | "SEND_BROCHURE" | "NURTURE" | "NONE";
export type Priority = "URGENT" | "HIGH" | "MEDIUM" | "LOW";

export interface NextActionResult {
  action: Action;
  priority: Priority;
  reasoning: string;
  dueAt: Date | null;
}

const HOUR_MS = 3_600_000;
const HOT_SCORE = 70;
const HOT_PROBABILITY = 0.6;

function last(facts: LeadFacts, type: string, asOf: Date): Date | null {
  let latest: Date | null = null;
  for (const a of facts.activities) {
    if (a.type === type && a.occurredAt <= asOf && (!latest || a.occurredAt > latest)) latest = a.occurredAt;
  }
  return latest;
}

export function ruleBasedNextAction(facts: LeadFacts, probability: number, now: Date): NextActionResult {
  const at = (ms: number) => new Date(now.getTime() + ms);
  if (facts.outcome) return { action: "NONE", priority: "LOW", reasoning: `This lead is closed (${facts.outcome}).`, dueAt: null };

  const s = snapshotLead(facts, now);
  const pct = `${Math.round(probability * 100)}%`;
  const sinceLast = s.daysSinceLastActivity;
  const lastCall = last(facts, "CALL", now);
  const callback = last(facts, "CALLBACK_REQUEST", now);
  if (callback && (!lastCall || lastCall < callback) && now.getTime() - callback.getTime() < 3 * DAY_MS) {
    return { action: "CALL", priority: "URGENT", reasoning: `They asked for a callback ${ago(now, callback)} and have not been called since.`, dueAt: now };
  }
  const hot = s.engagement >= HOT_SCORE || probability >= HOT_PROBABILITY;
  if (hot && (sinceLast === null || sinceLast >= 1)) {
    const quiet = sinceLast === null ? "no activity yet" : `no touch for ${Math.floor(sinceLast)} day${Math.floor(sinceLast) === 1 ? "" : "s"}`;
    return { action: "CALL", priority: "URGENT", reasoning: `Hot lead (score ${s.engagement}, ${pct} to convert) with ${quiet}: call now.`, dueAt: now };
  }
  if (s.activitiesLast30Days === 0 && s.daysInFunnel < 2) {
    return { action: "CALL", priority: "HIGH", reasoning: "A new lead nobody has contacted yet: leads called within the hour convert best.", dueAt: at(HOUR_MS) };
  }
  const siteVisit = last(facts, "SITE_VISIT", now);
  const meeting = last(facts, "MEETING", now);
  if (siteVisit && (!meeting || meeting < siteVisit)) {
    return { action: "MEETING", priority: "HIGH", reasoning: `They visited the site ${ago(now, siteVisit)}; meet to discuss terms while it is fresh.`, dueAt: at(2 * DAY_MS) };
  }
  if (s.counts.PROPERTY_VIEW >= 3 && !siteVisit) {
    return { action: "SITE_VISIT", priority: "HIGH", reasoning: `${s.counts.PROPERTY_VIEW} property views and no site visit yet: offer one.`, dueAt: at(3 * DAY_MS) };
  }
  if (probability >= 0.4) {
    return { action: "CALL", priority: "HIGH", reasoning: `${pct} to convert: a call moves it forward.`, dueAt: at(DAY_MS) };
  }
  if (sinceLast !== null && sinceLast > 14) {
    return { action: "EMAIL", priority: "MEDIUM", reasoning: `Quiet for ${Math.floor(sinceLast)} days: a re-engagement email is the cheapest next touch.`, dueAt: at(2 * DAY_MS) };
  }
  if (probability < 0.15) {
    return { action: "NURTURE", priority: "LOW", reasoning: `Only ${pct} to convert: keep them in the nurture sequence.`, dueAt: at(7 * DAY_MS) };
  }
  if (s.counts.EMAIL_CLICK + s.counts.WEBSITE_VISIT >= 3 && s.counts.BROCHURE_DOWNLOAD === 0) {
    return { action: "SEND_BROCHURE", priority: "MEDIUM", reasoning: "Engaged online but has not downloaded a brochure: send one.", dueAt: at(2 * DAY_MS) };
  }
  return { action: "EMAIL", priority: "MEDIUM", reasoning: `${pct} to convert with steady engagement (score ${s.engagement}): follow up by email.`, dueAt: at(2 * DAY_MS) };
}

function ago(now: Date, then: Date): string {
  const hours = (now.getTime() - then.getTime()) / HOUR_MS;
  if (hours < 1) return "within the hour";
  if (hours < 48) return `${Math.round(hours)} hours ago`;
  return `${Math.round(hours / 24)} days ago`;
}
