/** Generates customer profiles consistent with each lead's activities and outcome. */
import type { Interest, Objection, RejectedItem, SentimentPoint, StageChange, ViewedItem } from "@revgraph/db/schema";
import { AMENITIES, CONFIGURATIONS, OBJECTION_TYPES, REJECTION_REASONS, slug, type OrgDefinition } from "./catalog";
import type { LeadBundle } from "./generate-leads";
import type { Rng } from "./random";
import type { ActivityRow, CustomerProfileRow } from "./rows";

/** Share of leads that have a profile. */
export const PROFILE_SHARE = 0.7;

const WEB_TYPES = new Set(["WEBSITE_VISIT", "PROPERTY_VIEW", "BROCHURE_DOWNLOAD", "FORM_SUBMIT"]);

export function generateProfile(rng: Rng, ids: Rng, org: OrgDefinition, bundle: LeadBundle): CustomerProfileRow {
  const { lead, activities } = bundle;
  const count = (type: ActivityRow["type"]) => activities.filter((a) => a.type === type).length;
  const budget = Number(lead.attributes.budget);
  const region = String(lead.attributes.region);
  const propertyType = String(lead.attributes.propertyType);
  const lastActiveAt = activities.length ? activities[activities.length - 1].occurredAt : lead.createdAt;
  const amenities = rng.sample(AMENITIES, rng.int(1, 5));
  const avoidsOne = amenities.length > 2 && rng.chance(0.3);
  const viewedItems = viewed(rng, org, activities);
  const lifeEnd = (lead.closedAt ?? lastActiveAt).getTime();
  const history = stageHistory(bundle, stage(lead.status, viewedItems, count("SITE_VISIT") + count("MEETING")));
  const randomMoment = () => iso(lead.createdAt.getTime() + rng.float() * (lifeEnd - lead.createdAt.getTime()));
  const profile: CustomerProfileRow = {
    id: ids.uuid(),
    organizationId: lead.organizationId,
    leadId: lead.id,
    phone: demoPhone(lead.id),
    preferences: {
      budgetMin: roundLakh(budget * rng.range(0.75, 0.92)),
      budgetMax: roundLakh(budget * rng.range(1.05, 1.25)),
      configurations: configurations(rng, propertyType, budget),
      locations: rng.sample(org.regions[region] ?? [], rng.int(1, 3)),
      mustHaveAmenities: avoidsOne ? amenities.slice(0, -1) : amenities,
      avoidedAmenities: avoidsOne ? amenities.slice(-1) : [],
    },
    viewedItems,
    rejectedItems: rejected(rng, org, viewedItems, randomMoment),
    interests: interests(rng, viewedItems, count("SITE_VISIT") > 0),
    objections: objections(rng, lead.status === "LOST" ? 1.6 : 0.7, randomMoment),
    sentimentHistory: sentiment(rng, activities, lead.status),
    frustrationLevel: null,
    frustrationRecordedAt: null,
    totalSessions: Math.max(1, sessionDays(activities)),
    siteVisitsScheduled: count("SITE_VISIT"),
    callbacksRequested: count("CALLBACK_REQUEST"),
    brochuresDownloaded: count("BROCHURE_DOWNLOAD"),
    currentStage: history.at(-1)?.stage ?? null,
    stageHistory: history,
    stageChangedAt: history.length ? new Date(history[history.length - 1].at) : null,
    lastActiveAt,
    createdAt: lead.createdAt,
    updatedAt: lastActiveAt,
  };
  // Frustration is recorded with the last sentiment reading: how negative it was (0 when it was not).
  // Set afterwards, without a draw, so the random stream (and every other row) stays as it was.
  const last = profile.sentimentHistory.at(-1);
  if (last) Object.assign(profile, { frustrationLevel: Math.round(Math.max(0, -last.score) * 100) / 100, frustrationRecordedAt: new Date(last.at) });
  return profile;
}

/** A mobile number in E.164 made from the lead's id (no random draw, so every other row stays as it was). */
function demoPhone(leadId: string): string {
  const digits = [...leadId.replace(/-/g, "")].map((c) => parseInt(c, 16) % 10).join("");
  return `+919${digits.slice(0, 9)}`;
}

const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();
const roundLakh = (n: number) => Math.round(n / 100_000) * 100_000;

function configurations(rng: Rng, propertyType: string, budget: number): string[] {
  if (propertyType === "Plot") return [];
  if (propertyType === "Villa" || propertyType === "Row House") return rng.chance(0.5) ? ["3BHK", "4BHK"] : ["4BHK"];
  const base = budget < 6e6 ? 0 : budget < 1.2e7 ? 1 : 2;
  const picks: string[] = [CONFIGURATIONS[base]];
  if (rng.chance(0.5)) picks.push(CONFIGURATIONS[base + 1]);
  return picks;
}

/** Spreads the lead's PROPERTY_VIEW activities over a few projects, favouring the first. */
function viewed(rng: Rng, org: OrgDefinition, activities: readonly ActivityRow[]): ViewedItem[] {
  const views = activities.filter((a) => a.type === "PROPERTY_VIEW");
  if (!views.length) return [];
  const projects = rng.sample(org.projects, Math.min(views.length, rng.int(1, 5)));
  const items = new Map<string, ViewedItem>();
  views.forEach((view, i) => {
    const name = i < projects.length ? projects[i] : projects[Math.floor(Math.pow(rng.float(), 2) * projects.length)];
    const item = items.get(name) ?? { itemId: `prop-${slug(name)}`, name, viewCount: 0, lastViewedAt: "" };
    item.viewCount += 1;
    item.lastViewedAt = view.occurredAt.toISOString();
    items.set(name, item);
  });
  return [...items.values()].sort((a, b) => b.viewCount - a.viewCount || a.name.localeCompare(b.name));
}

function rejected(rng: Rng, org: OrgDefinition, viewedItems: ViewedItem[], moment: () => string): RejectedItem[] {
  if (!rng.chance(0.35)) return [];
  const liked = new Set(viewedItems.filter((v) => v.viewCount > 1).map((v) => v.name));
  const candidates = org.projects.filter((p) => !liked.has(p));
  return rng.sample(candidates, rng.int(1, 2)).map((name) => ({
    itemId: `prop-${slug(name)}`,
    name,
    ...(rng.chance(0.85) ? { reason: rng.pick(REJECTION_REASONS) } : {}),
    rejectedAt: moment(),
  }));
}

function interests(rng: Rng, viewedItems: ViewedItem[], visitedSite: boolean): Interest[] {
  const out: Interest[] = [];
  viewedItems.forEach((item, i) => {
    const level = item.viewCount >= 3 || (visitedSite && i === 0) ? "HIGH" : item.viewCount === 2 ? "MEDIUM" : null;
    if (level) out.push({ itemId: item.itemId, name: item.name, level });
    else if (rng.chance(0.25)) out.push({ itemId: item.itemId, name: item.name, level: "LOW" });
  });
  return out;
}

function objections(rng: Rng, mean: number, moment: () => string): Objection[] {
  const types = rng.sample(OBJECTION_TYPES, Math.min(OBJECTION_TYPES.length, rng.poisson(mean)));
  return types.map((type) => ({ type, count: rng.int(1, 3), lastRaisedAt: moment() }));
}

/** A sentiment reading at up to eight of the lead's touchpoints, drifting with the outcome. */
function sentiment(rng: Rng, activities: readonly ActivityRow[], status: string): SentimentPoint[] {
  if (!activities.length) return [];
  const picks = rng.sample(activities, Math.min(activities.length, rng.int(1, 8))).sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const drift = status === "WON" ? 0.45 : status === "LOST" ? -0.35 : 0.05;
  let score = rng.range(-0.2, 0.4);
  return picks.map((a, i) => {
    score += (drift / picks.length) * (i > 0 ? 1 : 0) + rng.normal() * 0.15;
    score = Math.max(-1, Math.min(1, score));
    return { score: Math.round(score * 100) / 100, at: a.occurredAt.toISOString() };
  });
}

/** Sessions: distinct days with website activity. */
function sessionDays(activities: readonly ActivityRow[]): number {
  const days = new Set<string>();
  for (const a of activities) if (WEB_TYPES.has(a.type)) days.add(a.occurredAt.toISOString().slice(0, 10));
  return days.size;
}

function stage(status: string, viewedItems: ViewedItem[], visits: number): string {
  if (status === "WON") return "closed_won";
  if (status === "LOST") return "closed_lost";
  if (visits > 0 || status === "QUALIFIED") return "decision";
  if (viewedItems.length > 0) return "consideration";
  return "awareness";
}

/**
 * The stages the lead went through up to its final one, each dated by the event that moved it:
 * awareness at creation, consideration at the first property view, decision at the first site
 * visit or meeting, a closed stage at closing. A stage without its event (a qualified lead with no
 * visit) is dated by the lead's last activity.
 */
function stageHistory(bundle: LeadBundle, final: string): StageChange[] {
  const { lead, activities } = bundle;
  const firstOf = (types: string[]) => activities.find((a) => types.includes(a.type))?.occurredAt;
  const closed = final.startsWith("closed");
  const steps: [string, Date | undefined][] = [
    ["awareness", lead.createdAt],
    ["consideration", firstOf(["PROPERTY_VIEW"])],
    ["decision", firstOf(["SITE_VISIT", "MEETING"])],
  ];
  const history: StageChange[] = [];
  let last = lead.createdAt;
  for (const [stage, event] of steps) {
    const at = event ?? (stage === final ? (activities.at(-1)?.occurredAt ?? lead.createdAt) : undefined);
    if (at && (!closed || !lead.closedAt || at <= lead.closedAt)) {
      if (at > last) last = at;
      history.push({ stage, at: iso(last.getTime()) });
    }
    if (stage === final) break;
  }
  if (closed) history.push({ stage: final, at: iso(Math.max(last.getTime(), (lead.closedAt ?? last).getTime())) });
  return history;
}
