// Deterministic synthetic leads for the speed benchmarks: attributes, a source, activities and (for closed leads) an outcome with learnable signal.
import { ACTIVITY_TYPES, type ActivityType } from "@revgraph/scoring/model";
import { rng } from "./stats";

export { ACTIVITY_TYPES, type ActivityType };

const SOURCES = ["Website", "Referral", "Paid Search", "Event", "Partner"];
const INDUSTRIES = ["retail", "finance", "health", "tech", "manufacturing", "education"];
const REGIONS = ["north", "south", "east", "west"];
const DAY_MS = 86_400_000;

/** Log-odds effect of each activity type on winning (high-intent activities matter more). */
const ACTIVITY_EFFECT: Record<ActivityType, number> = {
  EMAIL_OPEN: 0.02,
  EMAIL_CLICK: 0.08,
  WEBSITE_VISIT: 0.05,
  PROPERTY_VIEW: 0.12,
  FORM_SUBMIT: 0.3,
  BROCHURE_DOWNLOAD: 0.2,
  CALL: 0.25,
  MEETING: 0.45,
  SITE_VISIT: 0.6,
  CALLBACK_REQUEST: 0.5,
};

export interface SyntheticLead {
  key: string;
  name: string;
  email: string;
  source: string;
  assignedToId: string;
  attributes: Record<string, string | number | boolean>;
  createdAt: Date;
  activities: { type: ActivityType; occurredAt: Date }[];
  outcome: "WON" | "LOST" | null;
  closedAt: Date | null;
}

export interface SyntheticOptions {
  count: number;
  seed: number;
  now: Date;
  /** Closed (won/lost) leads, or open ones. */
  closed: boolean;
  /** Activities per lead, uniform in [min, max]. */
  activities: [number, number];
  assignees: string[];
  /** Prefix of the leads' keys (external ids). */
  prefix: string;
}

export function generateLeads(o: SyntheticOptions): SyntheticLead[] {
  const random = rng(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const leads: SyntheticLead[] = [];
  for (let i = 0; i < o.count; i++) {
    const industry = pick(INDUSTRIES);
    const source = pick(SOURCES);
    const employees = Math.round(Math.exp(2 + random() * 6));
    const budgetKnown = random() < 0.4;
    // Closed leads lived 5-60 days and closed at least a day ago; open ones were created in the last 90 days.
    const lifetime = (5 + random() * 55) * DAY_MS;
    const closedAt = o.closed ? new Date(o.now.getTime() - DAY_MS - random() * 300 * DAY_MS) : null;
    const createdAt = closedAt ? new Date(closedAt.getTime() - lifetime) : new Date(o.now.getTime() - random() * 90 * DAY_MS);
    const end = (closedAt ?? o.now).getTime();
    const n = o.activities[0] + Math.floor(random() * (o.activities[1] - o.activities[0] + 1));
    const activities = Array.from({ length: n }, () => {
      const type = random() < 0.6 ? pick(ACTIVITY_TYPES.slice(0, 3)) : pick(ACTIVITY_TYPES);
      return { type, occurredAt: new Date(createdAt.getTime() + random() * (end - createdAt.getTime())) };
    }).sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
    let outcome: SyntheticLead["outcome"] = null;
    if (o.closed) {
      const logit =
        -1.6 +
        activities.reduce((s, a) => s + ACTIVITY_EFFECT[a.type], 0) +
        (industry === "tech" ? 0.6 : industry === "education" ? -0.5 : 0) +
        (source === "Referral" ? 0.8 : source === "Paid Search" ? -0.4 : 0) +
        (budgetKnown ? 0.5 : 0) +
        0.15 * Math.log10(employees);
      outcome = random() < 1 / (1 + Math.exp(-logit)) ? "WON" : "LOST";
    }
    leads.push({
      key: `${o.prefix}-${i}`,
      name: `${o.prefix} lead ${i}`,
      email: `${o.prefix}-${i}@${industry}-corp${i % 500}.example`,
      source,
      assignedToId: o.assignees[i % o.assignees.length],
      attributes: { industry, region: pick(REGIONS), employees, budgetKnown },
      createdAt,
      activities,
      outcome,
      closedAt,
    });
  }
  return leads;
}
