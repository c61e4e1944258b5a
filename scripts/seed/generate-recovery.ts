/**
 * Plants silent repeat viewers for abandoned-interest recovery: in each organization, open leads
 * whose profile already holds repeated interest (an item viewed ≥ 3 times or a HIGH interest) and
 * whose last activity is older than the planted silence get their `lastActiveAt` set to exactly
 * `now` − 20, 45 and 75 days (one per recovery phase, PLANTED_PER_PHASE each). Only `lastActiveAt`
 * changes, so the recommenders and offers read the same profiles; the picks come from their own
 * random stream, so every other row stays as it was.
 */
import { RECOVERY_PHASES, repeatedInterest, successChance, WINDOW_DAYS, type RecoveryTruth } from "@revgraph/personalization/models";
import type { Rng } from "./random";
import { addDays, type CustomerProfileRow, type LeadRow, type RecoveryAttemptRow } from "./rows";

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

/**
 * The recovery timing the demo plants: in acme, reminders work best after about 9 days of silence,
 * alternative items after about 24 and offers after about 70 (the best candidate waits 7, 21 and 60
 * days; the defaults are 14, 30, 60). With the default seed the learner moves the reminder to 7 days
 * and keeps 30 and 60: its sample of alternatives after 21–29 days does not beat 30–44 clearly. Summit records too few attempts to learn from, so it keeps
 * the defaults and says how many it has.
 */
export const PLANTED_RECOVERY_TRUTH: RecoveryTruth = {
  REMINDER: { base: 0.08, peak: 0.45, bestDay: 9 },
  ALTERNATIVES: { base: 0.06, peak: 0.4, bestDay: 24 },
  OFFER: { base: 0.08, peak: 0.45, bestDay: 70 },
};
export const PLANTED_ATTEMPTS_PER_PHASE: Record<string, number> = { "org-acme-realty": 600, "org-summit-homes": 12 };
/** Attempts are dated this many days back at most (and at least a window ago, so every outcome is known). */
const ATTEMPT_HISTORY_DAYS = 365;

/**
 * Recorded recovery attempts with outcomes drawn from PLANTED_RECOVERY_TRUTH: each after a silence
 * of 1–120 days (uniform), with a lead of the organization's that has a profile; one that worked
 * re-engaged 1–12 days later (and, for an offer, half of those bought then).
 */
export function plantRecoveryAttempts(rng: Rng, ids: Rng, organizationId: string, profiles: readonly CustomerProfileRow[], recordedById: string, now: Date): RecoveryAttemptRow[] {
  const perPhase = PLANTED_ATTEMPTS_PER_PHASE[organizationId] ?? 0;
  if (!profiles.length) return [];
  const rows: RecoveryAttemptRow[] = [];
  for (const phase of RECOVERY_PHASES) {
    for (let i = 0; i < perPhase; i++) {
      const silentDays = rng.int(1, 120);
      const attemptedAt = addDays(now, -rng.range(WINDOW_DAYS + 1, ATTEMPT_HISTORY_DAYS));
      const worked = rng.chance(successChance(PLANTED_RECOVERY_TRUTH[phase], silentDays));
      const backAt = worked ? addDays(attemptedAt, rng.range(1, 12)) : null;
      rows.push({
        id: ids.uuid(),
        organizationId,
        leadId: rng.pick(profiles).leadId,
        phase,
        attemptedAt,
        silentDays,
        recordedById,
        reEngagedAt: backAt,
        purchasedAt: backAt && phase === "OFFER" && rng.chance(0.5) ? backAt : null,
        convertedAt: null,
        createdAt: attemptedAt,
      });
    }
  }
  return rows;
}
