/**
 * Recovery timing learned from outcomes: for each phase, how many days of silence to wait before
 * taking its step, chosen from the organization's recorded attempts. Pure (pass the counts).
 *
 * An attempt worked when the lead re-engaged, purchased or converted within WINDOW_DAYS of it
 * (purchases and wins count whether recorded as the attempt's outcome or only recorded in sales:
 * recovery-outcomes.ts); its outcome is known once it worked or the window has passed. Attempts are grouped by the silence
 * they were taken after (WAIT_BUCKETS); each group's success rate is shrunk toward the phase's
 * overall rate (a beta prior worth PRIOR_ATTEMPTS attempts). The documented default is the prior:
 * it is kept unless a group of at least MIN_BUCKET_ATTEMPTS known outcomes beat the default's group
 * by SWITCH_Z standard errors, and then the wait is the start of the best such group. With fewer
 * than MIN_PHASE_ATTEMPTS known outcomes for a phase the default is kept unchecked. Phases stay in
 * order: each waits longer than the one before, leaving a later wait for the phases after it.
 */
import { RECOVERY_PHASES, type RecoveryPhase } from "@revgraph/db/vocabulary";

export { RECOVERY_PHASES };
/** The defaults (and prior): a reminder from 14 days of silence, alternative items from 30, an offer from 60. */
export const DEFAULT_WAITS: Readonly<Record<RecoveryPhase, number>> = { REMINDER: 14, ALTERNATIVES: 30, OFFER: 60 };
/** Candidate waits: each is the first day of a group of attempts, which runs to the next one. */
export const WAIT_BUCKETS = [1, 7, 14, 21, 30, 45, 60, 90] as const;
/** Days after an attempt within which re-engaging, buying or converting counts as its success (and a purchase or win is attributed to it). */
export const WINDOW_DAYS = 14;
/** Known outcomes a phase needs before its wait is learned rather than the default. */
export const MIN_PHASE_ATTEMPTS = 30;
/** Known outcomes a group of attempts needs to be chosen. */
export const MIN_BUCKET_ATTEMPTS = 5;
/** Weight of the phase's overall rate in each group's estimate, in attempts. */
export const PRIOR_ATTEMPTS = 10;
/** Standard errors by which a group must beat the default's group to replace the default wait. */
export const SWITCH_Z = 1;

/** Known outcomes of a phase's attempts taken after `silentDays` days of silence. */
export interface AttemptCounts {
  phase: RecoveryPhase;
  silentDays: number;
  attempts: number;
  successes: number;
}

export interface WaitBucketStats {
  fromDays: number;
  /** Exclusive; null for the last group. */
  toDays: number | null;
  attempts: number;
  successes: number;
  /** Observed rate; null without attempts. */
  successRate: number | null;
  /** The rate shrunk toward the phase's overall rate. */
  estimatedRate: number;
}

export interface PhaseTiming {
  phase: RecoveryPhase;
  waitDays: number;
  defaultWaitDays: number;
  learned: boolean;
  attempts: number;
  successes: number;
  /** The phase's overall rate; null without attempts. */
  successRate: number | null;
  /** The chosen group's shrunk rate; null when the default was kept. */
  expectedSuccessRate: number | null;
  buckets: WaitBucketStats[];
  reason: string;
}

export function bucketIndex(silentDays: number): number {
  let index = 0;
  for (let i = 0; i < WAIT_BUCKETS.length; i++) if (silentDays >= WAIT_BUCKETS[i]!) index = i;
  return index;
}

const NOUNS: Record<RecoveryPhase, string> = { REMINDER: "reminders", ALTERNATIVES: "alternative-item suggestions", OFFER: "offers" };
const pct = (x: number) => `${Math.round(x * 100)}%`;
const range = (b: WaitBucketStats) => (b.toDays == null ? `${b.fromDays} days or more` : `${b.fromDays}–${b.toDays - 1} days`);

/** Each phase's wait, in phase order, from the organization's attempt counts. */
export function learnRecoveryTiming(counts: readonly AttemptCounts[]): PhaseTiming[] {
  const timings: PhaseTiming[] = [];
  let previousWait = 0;
  RECOVERY_PHASES.forEach((phase, i) => {
    // Leave a later candidate wait for each phase still to come.
    const latest = WAIT_BUCKETS[WAIT_BUCKETS.length - (RECOVERY_PHASES.length - i)]!;
    const timing = phaseTiming(
      phase,
      counts.filter((c) => c.phase === phase),
      previousWait,
      latest,
    );
    timings.push(timing);
    previousWait = timing.waitDays;
  });
  return timings;
}

function phaseTiming(phase: RecoveryPhase, counts: readonly AttemptCounts[], previousWait: number, latest: number): PhaseTiming {
  const attempts = counts.reduce((n, c) => n + c.attempts, 0);
  const successes = counts.reduce((n, c) => n + c.successes, 0);
  const overall = attempts ? successes / attempts : null;
  const prior = overall ?? 0;
  const buckets: WaitBucketStats[] = WAIT_BUCKETS.map((fromDays, i) => ({
    fromDays,
    toDays: WAIT_BUCKETS[i + 1] ?? null,
    attempts: 0,
    successes: 0,
    successRate: null,
    estimatedRate: prior,
  }));
  for (const c of counts) {
    const b = buckets[bucketIndex(c.silentDays)]!;
    b.attempts += c.attempts;
    b.successes += c.successes;
  }
  for (const b of buckets) {
    b.successRate = b.attempts ? b.successes / b.attempts : null;
    b.estimatedRate = (b.successes + PRIOR_ATTEMPTS * prior) / (b.attempts + PRIOR_ATTEMPTS);
  }

  const defaultWaitDays = DEFAULT_WAITS[phase];
  // The default, or the first candidate after the previous phase's wait when that was learned later than it.
  const fallback = defaultWaitDays > previousWait ? defaultWaitDays : WAIT_BUCKETS.find((d) => d > previousWait)!;
  const reference = buckets[bucketIndex(fallback)]!;
  const base = { phase, defaultWaitDays, attempts, successes, successRate: overall, buckets };
  const noun = NOUNS[phase];
  const defaultNote = fallback === defaultWaitDays ? "the default" : `the default moved after the previous phase's ${previousWait}`;

  if (attempts < MIN_PHASE_ATTEMPTS) {
    return {
      ...base,
      waitDays: fallback,
      learned: false,
      expectedSuccessRate: null,
      reason: `${fallback} days (${defaultNote}): ${attempts} ${noun} with a known outcome so far; ${MIN_PHASE_ATTEMPTS} are needed to learn the wait.`,
    };
  }
  // A wait replaces the default only when its range beat the default's clearly (the shrunk rates
  // differ by SWITCH_Z standard errors): picking the best of eight noisy rates would chase luck.
  const se = (b: WaitBucketStats) => (b.estimatedRate * (1 - b.estimatedRate)) / (b.attempts + PRIOR_ATTEMPTS);
  const beats = (b: WaitBucketStats) => b.estimatedRate - reference.estimatedRate > SWITCH_Z * Math.sqrt(se(b) + se(reference) + 1e-12);
  const better = buckets.filter((b) => b !== reference && b.fromDays > previousWait && b.fromDays <= latest && b.attempts >= MIN_BUCKET_ATTEMPTS && beats(b));
  const overallText = `${pct(overall!)} overall`;
  if (!better.length) {
    const refText = reference.attempts
      ? `after ${range(reference)} of silence ${reference.successes} of ${reference.attempts} worked (${pct(reference.successes / reference.attempts)}) against ${overallText}`
      : `none was taken after ${range(reference)} of silence`;
    return {
      ...base,
      waitDays: fallback,
      learned: true,
      expectedSuccessRate: reference.estimatedRate,
      reason: `${fallback} days (${defaultNote}), checked against ${attempts} ${noun} with a known outcome: ${refText}, and no other wait did clearly better.`,
    };
  }
  // The highest shrunk rate among those; on a tie the earlier wait (the lead hears from us sooner).
  const best = better.reduce((a, b) => (b.estimatedRate > a.estimatedRate + 1e-12 ? b : a));
  return {
    ...base,
    waitDays: best.fromDays,
    learned: true,
    expectedSuccessRate: best.estimatedRate,
    reason:
      `${best.fromDays} days, learned from ${attempts} ${noun} with a known outcome: after ${range(best)} of silence ${best.successes} of ${best.attempts} worked ` +
      `(${pct(best.successes / best.attempts)}; re-engaged, bought or converted within ${WINDOW_DAYS} days) against ${overallText}, ` +
      (reference.attempts
        ? `and ${reference.successes} of ${reference.attempts} after ${range(reference)} (${defaultNote}).`
        : `and none after ${range(reference)} (${defaultNote}).`),
  };
}

/** The phase due after `days` of silence: the last whose wait has passed, else the first (not yet due). */
export function phaseFor(days: number, timings: readonly PhaseTiming[]): { timing: PhaseTiming; due: boolean } {
  let current: PhaseTiming | null = null;
  for (const t of timings) if (days >= t.waitDays) current = t;
  return current ? { timing: current, due: true } : { timing: timings[0]!, due: false };
}
