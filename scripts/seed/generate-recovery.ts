/**
 * Plants silent repeat viewers for abandoned-interest recovery: in each organization, open leads
 * whose profile already holds repeated interest (an item viewed ≥ 3 times or a HIGH interest) and
 * whose last activity is older than the planted silence get their `lastActiveAt` set to exactly
 * `now` − 20, 45 and 75 days (one per recovery phase, PLANTED_PER_PHASE each). Only `lastActiveAt`
 * changes, so the recommenders and offers read the same profiles; the picks come from their own
 * random stream, so every other row stays as it was.
 */
import { repeatedInterest } from "@revgraph/personalization/models";
import type { Rng } from "./random";
import { addDays, type CustomerProfileRow, type LeadRow } from "./rows";

/** Days of silence planted: one in each phase (REMINDER, ALTERNATIVES, OFFER). */
export const PLANTED_SILENCE_DAYS = [20, 45, 75] as const;
export const PLANTED_PER_PHASE = 2;

/** Modifies the picked profiles in place and returns their lead ids with the planted silence. */
export function plantSilentViewers(rng: Rng, profiles: CustomerProfileRow[], leads: readonly LeadRow[], now: Date): { leadId: string; days: number }[] {
  const open = new Set(leads.filter((l) => l.status !== "WON" && l.status !== "LOST").map((l) => l.id));
  const planted: { leadId: string; days: number }[] = [];
  const taken = new Set<string>();
  for (const days of PLANTED_SILENCE_DAYS) {
    const silentSince = addDays(now, -days);
    const eligible = profiles.filter(
      (p) => open.has(p.leadId) && !taken.has(p.leadId) && p.lastActiveAt !== null && p.lastActiveAt < silentSince && repeatedInterest(p.viewedItems, p.interests) !== null,
    );
    for (const profile of rng.sample(eligible, PLANTED_PER_PHASE)) {
      profile.lastActiveAt = silentSince;
      taken.add(profile.leadId);
      planted.push({ leadId: profile.leadId, days });
    }
  }
  return planted;
}
