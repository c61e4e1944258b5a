/** Generates leads, their activities and won/lost outcomes, each rep's outcomes following their own pattern. */
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
import { repLogit, type LeadFeatures } from "./patterns";
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
const CLOSE_ELIGIBLE_AGE_DAYS = 30;
const CLOSED_SHARE = 0.6;
const ACTIVITY_TYPES = Object.keys(ACTIVITY_BASE_RATES) as ActivityType[];
/** How front-loaded each type's timing is: larger means earlier in the lead's life. */
const TIMING_EXPONENT: Partial<Record<ActivityType, number>> = { MEETING: 0.8, SITE_VISIT: 0.7, CALLBACK_REQUEST: 1.0 };

export function generateOrgLeads(input: LeadGenerationInput): LeadBundle[] {
  const bundles: LeadBundle[] = [];
  let serial = 0;
  const nextSerial = () => (serial += 1);
  for (const rep of input.org.reps) {
    bundles.push(...generateRepLeads(input, rep, nextSerial));
  }
  for (let i = 0; i < input.org.unassignedLeads; i += 1) {
    const ageDays = input.rng.range(0.1, 14);
    bundles.push(buildOpenLead(input, null, ageDays, nextSerial(), 0.3));
  }
  return bundles;
}

function generateRepLeads(input: LeadGenerationInput, rep: RepDefinition, nextSerial: () => number): LeadBundle[] {
  const { rng } = input;
  const open: LeadBundle[] = [];
  const closing: { bundle: LeadBundle; closedAt: Date; logit: number }[] = [];
  for (let i = 0; i < rep.leads; i += 1) {
    const ageDays = rng.range(0.05, HISTORY_DAYS);
    if (ageDays > CLOSE_ELIGIBLE_AGE_DAYS && rng.chance(CLOSED_SHARE)) {
      const closeAfterDays = rng.range(7, Math.min(110, ageDays - 0.5));
      const bundle = buildLead(input, rep.id, ageDays, closeAfterDays, nextSerial(), 1);
      const closedAt = bundle.lead.closedAt!;
      closing.push({ bundle, closedAt, logit: repLogit(rep.pattern, features(bundle)) });
    } else {
      open.push(buildOpenLead(input, rep.id, ageDays, nextSerial(), 1));
    }
  }
  const intercept = calibrateIntercept(closing.map((c) => c.logit), rep.winRate);
  for (const { bundle, closedAt, logit } of closing) {
    const won = rng.chance(1 / (1 + Math.exp(-(logit + intercept))));
    bundle.lead.status = won ? "WON" : "LOST";
    bundle.conversion = {
      id: input.ids.uuid(),
      organizationId: input.org.id,
      leadId: bundle.lead.id,
      outcome: won ? "WON" : "LOST",
      occurredAt: closedAt,
      idempotencyKey: `seed-${bundle.lead.id}`,
      recordedBy: rep.id,
      createdAt: closedAt,
    };
  }
  return [...open, ...closing.map((c) => c.bundle)];
}

/** The intercept at which the rep's expected win rate over these logits is `winRate` (bisection). */
export function calibrateIntercept(logits: readonly number[], winRate: number): number {
  if (!logits.length) return 0;
  let lo = -30;
  let hi = 30;
  for (let i = 0; i < 60; i += 1) {
    const mid = (lo + hi) / 2;
    const mean = logits.reduce((sum, z) => sum + 1 / (1 + Math.exp(-(z + mid))), 0) / logits.length;
    if (mean < winRate) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function buildOpenLead(
  input: LeadGenerationInput,
  repId: string | null,
  ageDays: number,
  serial: number,
  intensity: number,
): LeadBundle {
  const bundle = buildLead(input, repId, ageDays, null, serial, intensity);
  bundle.lead.status = openStatus(input.rng, bundle.activities, repId !== null);
  return bundle;
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

/** A lead with its activities in [createdAt, closedAt ?? now); status and conversion are settled later. */
function buildLead(
  input: LeadGenerationInput,
  repId: string | null,
  ageDays: number,
  closeAfterDays: number | null,
  serial: number,
  intensity: number,
): LeadBundle {
  const { rng, org, now } = input;
  const createdAt = addDays(now, -ageDays);
  const closedAt = closeAfterDays === null ? null : addDays(createdAt, closeAfterDays);
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const company = rng.chance(0.88)
    ? input.companies[rng.int(0, input.accountCompanies - 1)]
    : input.companies[rng.int(input.accountCompanies, input.companies.length - 1)];
  const local = `${slug(first)}.${slug(last)}`.replace(/-/g, "") + (rng.chance(0.3) ? String(rng.int(1, 99)) : "");
  const propertyType = rng.weighted(PROPERTY_TYPES);
  const budget = Math.round(Math.exp(rng.normal() * 0.45 + Math.log(budgetMedian(propertyType))) / 100_000) * 100_000;
  const id = input.ids.uuid();
  const activities = generateActivities(input, id, repId, createdAt, closedAt ?? now, intensity);
  const lastTouch = activities.length ? activities[activities.length - 1].occurredAt : createdAt;
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
    updatedAt: closedAt ?? lastTouch,
    closedAt,
  };
  return { lead, activities, conversion: null };
}

function budgetMedian(propertyType: string): number {
  const medians: Record<string, number> = { Apartment: 9e6, Villa: 2.6e7, "Row House": 1.6e7, Plot: 7e6, Penthouse: 3.5e7 };
  return medians[propertyType] ?? 1e7;
}

function generateActivities(
  input: LeadGenerationInput,
  leadId: string,
  repId: string | null,
  createdAt: Date,
  end: Date,
  intensity: number,
): ActivityRow[] {
  const { rng } = input;
  const windowMs = end.getTime() - createdAt.getTime();
  if (windowMs < 1000) return [];
  const windowDays = windowMs / DAY_MS;
  // Leads are worked hardest early on: a young lead has had only part of its activity yet.
  const exposure = intensity * Math.pow(Math.min(windowDays, 60) / 60, 0.4);
  const engagement = rng.normal();
  const at = (fraction: number) => new Date(createdAt.getTime() + Math.floor((fraction * windowMs) / 1000) * 1000);
  const rows: ActivityRow[] = [];
  for (const type of ACTIVITY_TYPES) {
    if (!repId && REP_ACTIVITY_TYPES.has(type)) continue;
    const multiplier = Math.exp(0.15 * engagement + 0.6 * rng.normal() - 0.19);
    const count = rng.poisson(ACTIVITY_BASE_RATES[type] * exposure * multiplier);
    const exponent = TIMING_EXPONENT[type] ?? 1.7;
    const times: Date[] = [];
    for (let i = 0; i < count; i += 1) times.push(at(Math.pow(rng.float(), exponent)));
    if (type === "CALL" && count > 0) placeCalls(rng, times, windowDays, at);
    for (const occurredAt of times) {
      rows.push({
        id: "",
        organizationId: input.org.id,
        leadId,
        type,
        occurredAt,
        recordedBy: REP_ACTIVITY_TYPES.has(type) ? repId : null,
        createdAt: occurredAt,
      });
    }
  }
  rows.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.type.localeCompare(b.type));
  for (const row of rows) row.id = input.ids.uuid();
  return rows;
}

/** Follow-up speed: some leads get a first call within a day of creation, the others only later. */
function placeCalls(rng: Rng, times: Date[], windowDays: number, at: (fraction: number) => Date): void {
  const fast = windowDays <= 1.2 || rng.chance(0.45);
  if (fast) {
    times[0] = at(Math.min(rng.range(0.02, 0.9), windowDays * 0.95) / windowDays);
    return;
  }
  const earliest = 1.2 / windowDays;
  for (let i = 0; i < times.length; i += 1) {
    times[i] = at(earliest + (1 - earliest) * Math.pow(rng.float(), 1.3));
  }
}

/** The counts a rep's outcome model looks at, from activities before the close. */
export function features(bundle: { lead: LeadRow; activities: readonly ActivityRow[] }): LeadFeatures {
  const counts = Object.fromEntries(ACTIVITY_TYPES.map((t) => [t, 0])) as Record<ActivityType, number>;
  const cutoff = bundle.lead.closedAt?.getTime() ?? Infinity;
  const created = bundle.lead.createdAt.getTime();
  let fastCall = false;
  for (const a of bundle.activities) {
    const t = a.occurredAt.getTime();
    if (t >= cutoff) continue;
    counts[a.type] += 1;
    if (a.type === "CALL" && t - created <= DAY_MS) fastCall = true;
  }
  return { counts, fastCall };
}
