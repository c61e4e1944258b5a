/**
 * What followed a recovery attempt, from what the product already knows as well as what was
 * recorded: a purchase recorded for the lead, or the lead's win, at or after the attempt and within
 * WINDOW_DAYS of it (the attribution window) is the attempt's PURCHASED or CONVERTED outcome, without
 * the integration calling recordRecoveryOutcome. Every attempt whose window holds the purchase or
 * win earns it, as each earns the re-engagement that follows it. Pure; the repository computes the
 * same in SQL when it reads attempts, and the benchmark uses this on the demo's data.
 */
import { WINDOW_DAYS } from "./recovery-timing";

const DAY_MS = 86_400_000;

/** An attempt's time and its outcomes as recorded (null when not recorded). */
export interface AttemptOutcomes {
  attemptedAt: Date;
  reEngagedAt: Date | null;
  purchasedAt: Date | null;
  convertedAt: Date | null;
}

/** What sales knows of the attempt's lead: when it bought, and when it was won (null while not won). */
export interface LeadFacts {
  purchaseTimes: readonly Date[];
  wonAt: Date | null;
}

/** The attempt with PURCHASED and CONVERTED each the earlier of the recorded time and the one derived within the window. */
export function withDerivedOutcomes<T extends AttemptOutcomes>(attempt: T, lead: LeadFacts, windowDays = WINDOW_DAYS): T {
  const from = attempt.attemptedAt.getTime();
  const to = from + windowDays * DAY_MS;
  const inWindow = (d: Date) => d.getTime() >= from && d.getTime() <= to;
  const firstPurchase = lead.purchaseTimes.filter(inWindow).reduce<Date | null>((first, d) => (first && first <= d ? first : d), null);
  const win = lead.wonAt && inWindow(lead.wonAt) ? lead.wonAt : null;
  return { ...attempt, purchasedAt: earlier(attempt.purchasedAt, firstPurchase), convertedAt: earlier(attempt.convertedAt, win) };
}

/** Whether the attempt worked as of `now`: an outcome within the window; unknown (null) while the window is open. */
export function attemptWorked(attempt: AttemptOutcomes, now: Date, windowDays = WINDOW_DAYS): boolean | null {
  const deadline = attempt.attemptedAt.getTime() + windowDays * DAY_MS;
  const times = [attempt.reEngagedAt, attempt.purchasedAt, attempt.convertedAt].filter((d): d is Date => d != null).map((d) => d.getTime());
  if (times.length && Math.min(...times) <= deadline) return true;
  return now.getTime() >= deadline ? false : null;
}

function earlier(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a <= b ? a : b;
}
