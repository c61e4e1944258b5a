/** Test fixtures shared by the next-action unit tests: leads as of a fixed `now`. */
import type { LeadFacts } from "../model/features";

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const now = new Date("2026-06-01T12:00:00Z");

/** An activity and how many hours before `now` it happened. */
export type Step = [LeadFacts["activities"][number]["type"], number];

/** A lead created `createdDaysAgo` days before now with these activities; closed now when `outcome` is given. */
export function lead(activities: Step[], createdDaysAgo = 20, outcome: LeadFacts["outcome"] = null): LeadFacts {
  return {
    leadId: "l",
    createdAt: new Date(now.getTime() - createdDaysAgo * DAY),
    closedAt: outcome ? now : null,
    outcome,
    source: null,
    attributes: {},
    activities: activities.map(([type, hoursAgo]) => ({ type, occurredAt: new Date(now.getTime() - hoursAgo * HOUR) })),
  };
}

/**
 * A closed lead created 60 days before now and closed now, with these activities on its 3rd and
 * 15th days: inside the windows of the landmarks that speak for a new lead (0) and for the 20-day-old
 * leads advised here (14).
 */
export function closedLead(i: number, won: boolean, types: Step[0][]): LeadFacts {
  const createdAt = new Date(now.getTime() - 60 * DAY);
  return {
    leadId: `c${i}`,
    createdAt,
    closedAt: now,
    outcome: won ? "WON" : "LOST",
    source: null,
    attributes: {},
    activities: types.flatMap((type) => [3, 15].map((age) => ({ type, occurredAt: new Date(createdAt.getTime() + age * DAY) }))),
  };
}
