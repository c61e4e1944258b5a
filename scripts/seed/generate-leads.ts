/**
 * Generates leads, their activities and won/lost outcomes. Each lead's activities are laid out over
 * its life first; whether it is won follows its rep's pattern over its first week; when it closes
 * follows the outcome (lost leads sooner than won ones, some never); the activities after the close
 * never happen.
 */
import type { ActivityType, LeadStatus } from "@revgraph/db/schema";
import {
  ACTIVITY_BASE_RATES,
  FIRST_NAMES,
  LAST_NAMES,
  LEAD_SOURCES,
  PROPERTY_TYPES,
  REP_ACTIVITY_TYPES,
  slug,
  type Company,
  type OrgDefinition,
  type RepDefinition,
} from "./catalog";
import { calibrateIntercept, drawFate, eventualWinProbability, sigmoid, type Fate } from "./outcomes";
import { earlyFeatures, FAST_CALL_DAYS, repLogit, type LeadFeatures, type TimedActivity } from "./patterns";
import type { Rng } from "./random";
import { addDays, DAY_MS, type ActivityRow, type ConversionRow, type LeadRow } from "./rows";

/** A lead with everything generated around it, before flattening into tables. */
export interface LeadBundle {
  lead: LeadRow;
  /** Sorted by occurredAt; all strictly before closedAt when the lead is closed. */
  activities: ActivityRow[];
  conversion: ConversionRow | null;
}

export interface LeadGenerationInput {
  org: OrgDefinition;
  /** The org's companies; the first `accountCompanies` of them have customer-success accounts. */
  companies: readonly Company[];
  accountCompanies: number;
  now: Date;
  rng: Rng;
  /** Stream for row ids, kept apart so ids don't shift when other draws change. */
  ids: Rng;
}

const HISTORY_DAYS = 180;
const ACTIVITY_TYPES = Object.keys(ACTIVITY_BASE_RATES) as ActivityType[];
/** A lead's activities happen within this many days of its creation, most of them early. */
const ACTIVE_LIFE_DAYS = 60;
/**
 * How a type's activities spread over the active life: an activity happens at age
 * ACTIVE_LIFE_DAYS · u^exponent (u uniform), so a larger exponent means earlier. With 2.5, about 20%
 * happen on the first day, 40% in the first week and 75% in the first month.
 */
const TIMING_EXPONENT: Partial<Record<ActivityType, number>> = { MEETING: 1.3, SITE_VISIT: 1.2, CALLBACK_REQUEST: 1.6 };
const DEFAULT_TIMING_EXPONENT = 2.5;

/** A lead before its outcome: its row and every activity it would have over its life. */
interface DraftLead {
  lead: LeadRow;
  timeline: TimedActivity[];
}

export function generateOrgLeads(input: LeadGenerationInput): LeadBundle[] {
  const bundles: LeadBundle[] = [];
  let serial = 0;
  const nextSerial = () => (serial += 1);
  for (const rep of input.org.reps) {
    bundles.push(...generateRepLeads(input, rep, nextSerial));
  }
  for (let i = 0; i < input.org.unassignedLeads; i += 1) {
    const draft = draftLead(input, null, input.rng.range(0.1, 14), nextSerial(), 0.3);
    bundles.push(settle(input, draft, null, null));
  }
  return bundles;
}

function generateRepLeads(input: LeadGenerationInput, rep: RepDefinition, nextSerial: () => number): LeadBundle[] {
  const { rng } = input;
  const drafts = Array.from({ length: rep.leads }, () => draftLead(input, rep.id, rng.range(0.05, HISTORY_DAYS), nextSerial(), 1));
  const logits = drafts.map((d) => repLogit(rep.pattern, earlyFeatures(d.timeline, ACTIVITY_TYPES)));
  const intercept = calibrateIntercept(logits, eventualWinProbability(rep.winRate));
  return drafts.map((draft, i) => settle(input, draft, rep.id, drawFate(rng, sigmoid(logits[i] + intercept))));
}

/** Closes the lead if its fate came before now, keeps the activities that happened, and sets its status. */
function settle(input: LeadGenerationInput, draft: DraftLead, repId: string | null, fate: Fate | null): LeadBundle {
  const { lead } = draft;
  const closeAt = fate && fate.outcome !== "STALE" ? addDays(lead.createdAt, fate.afterDays) : null;
  const closed = closeAt !== null && closeAt.getTime() < input.now.getTime();
  const end = closed ? closeAt : input.now;
  const activities = activityRows(input, lead, repId, draft.timeline, end);
  const lastTouch = activities.length ? activities[activities.length - 1].occurredAt : lead.createdAt;
  lead.closedAt = closed ? closeAt : null;
  lead.updatedAt = closed ? closeAt : lastTouch;
  if (!closed || !fate || fate.outcome === "STALE" || repId === null) {
    lead.status = openStatus(input.rng, activities, repId !== null);
    return { lead, activities, conversion: null };
  }
  lead.status = fate.outcome;
  const conversion: ConversionRow = {
    id: input.ids.uuid(),
    organizationId: input.org.id,
    leadId: lead.id,
    outcome: fate.outcome,
    occurredAt: closeAt,
    idempotencyKey: `seed-${lead.id}`,
    recordedBy: repId,
    createdAt: closeAt,
  };
  return { lead, activities, conversion };
}

function openStatus(rng: Rng, activities: readonly ActivityRow[], assigned: boolean): LeadStatus {
  if (!assigned) return "NEW";
  const types = new Set(activities.map((a) => a.type));
  const met = types.has("MEETING") || types.has("SITE_VISIT");
  const asked = types.has("FORM_SUBMIT") || types.has("CALLBACK_REQUEST");
  if ((met && rng.chance(0.85)) || (asked && rng.chance(0.35))) return "QUALIFIED";
  if (types.has("CALL") || (types.has("EMAIL_CLICK") && rng.chance(0.5))) return "CONTACTED";
  return "NEW";
}

/** A lead created `ageDays` before now with its whole activity timeline; status and close are settled later. */
function draftLead(input: LeadGenerationInput, repId: string | null, ageDays: number, serial: number, intensity: number): DraftLead {
  const { rng, org, now } = input;
  const createdAt = addDays(now, -ageDays);
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const company = rng.chance(0.88) ? input.companies[rng.int(0, input.accountCompanies - 1)] : input.companies[rng.int(input.accountCompanies, input.companies.length - 1)];
  const local = `${slug(first)}.${slug(last)}`.replace(/-/g, "") + (rng.chance(0.3) ? String(rng.int(1, 99)) : "");
  const propertyType = rng.weighted(PROPERTY_TYPES);
  const budget = Math.round(Math.exp(rng.normal() * 0.45 + Math.log(budgetMedian(propertyType))) / 100_000) * 100_000;
  const id = input.ids.uuid();
  const lead: LeadRow = {
    id,
    organizationId: org.id,
    externalId: `crm-${org.id.replace(/^org-/, "")}-${String(serial).padStart(5, "0")}`,
    name: `${first} ${last}`,
    email: `${local}@${company.domain}`,
    company: company.name,
    source: rng.weighted(LEAD_SOURCES),
    status: "NEW",
    value: Math.round((budget * rng.range(0.85, 1.05)) / 1000) * 1000,
    assignedToId: repId,
    attributes: {
      budget,
      propertyType,
      firstTimeBuyer: rng.chance(propertyType === "Apartment" ? 0.55 : 0.2),
      region: rng.pick(Object.keys(org.regions)),
    },
    createdAt,
    updatedAt: createdAt,
    closedAt: null,
  };
  return { lead, timeline: activityTimeline(rng, repId !== null, intensity) };
}

function budgetMedian(propertyType: string): number {
  const medians: Record<string, number> = { Apartment: 9e6, Villa: 2.6e7, "Row House": 1.6e7, Plot: 7e6, Penthouse: 3.5e7 };
  return medians[propertyType] ?? 1e7;
}

/** Every activity a lead would have over its active life, by age; leads are worked hardest early on. */
function activityTimeline(rng: Rng, assigned: boolean, intensity: number): TimedActivity[] {
  const engagement = rng.normal();
  const timeline: TimedActivity[] = [];
  for (const type of ACTIVITY_TYPES) {
    if (!assigned && REP_ACTIVITY_TYPES.has(type)) continue;
    const multiplier = Math.exp(0.15 * engagement + 0.6 * rng.normal() - 0.19);
    const count = rng.poisson(ACTIVITY_BASE_RATES[type] * intensity * multiplier);
    const exponent = TIMING_EXPONENT[type] ?? DEFAULT_TIMING_EXPONENT;
    const ages = Array.from({ length: count }, () => ACTIVE_LIFE_DAYS * Math.pow(rng.float(), exponent));
    if (type === "CALL" && count > 0) placeCalls(rng, ages);
    for (const ageDays of ages) timeline.push({ type, ageDays });
  }
  return timeline;
}

/** Follow-up speed: some leads get a first call within a day of creation, the others only later. */
function placeCalls(rng: Rng, ages: number[]): void {
  if (rng.chance(0.45)) {
    ages[0] = rng.range(0.02, 0.9);
    return;
  }
  const earliest = FAST_CALL_DAYS + 0.2;
  for (let i = 0; i < ages.length; i += 1) {
    ages[i] = earliest + (ACTIVE_LIFE_DAYS - earliest) * Math.pow(rng.float(), 1.3 * DEFAULT_TIMING_EXPONENT);
  }
}

/** The activities of the timeline that happened before `end`, as rows sorted by time. */
function activityRows(input: LeadGenerationInput, lead: LeadRow, repId: string | null, timeline: readonly TimedActivity[], end: Date): ActivityRow[] {
  const created = lead.createdAt.getTime();
  const rows: ActivityRow[] = [];
  for (const { type, ageDays } of timeline) {
    const occurredAt = new Date(created + Math.floor((ageDays * DAY_MS) / 1000) * 1000);
    if (occurredAt.getTime() >= end.getTime()) continue;
    rows.push({
      id: "",
      organizationId: input.org.id,
      leadId: lead.id,
      type,
      occurredAt,
      recordedBy: REP_ACTIVITY_TYPES.has(type) ? repId : null,
      createdAt: occurredAt,
    });
  }
  rows.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.type.localeCompare(b.type));
  for (const row of rows) row.id = input.ids.uuid();
  return rows;
}

/** The first-week features of a generated lead, from the activities it actually has. */
export function features(bundle: { lead: LeadRow; activities: readonly ActivityRow[] }): LeadFeatures {
  const created = bundle.lead.createdAt.getTime();
  const timed = bundle.activities.map((a) => ({ type: a.type, ageDays: (a.occurredAt.getTime() - created) / DAY_MS }));
  return earlyFeatures(timed, ACTIVITY_TYPES);
}
