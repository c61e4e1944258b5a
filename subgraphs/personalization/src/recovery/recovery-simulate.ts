/**
 * A synthetic truth for recovery timing: per phase, the chance that a step taken after `d` days of
 * silence wins the lead back, a base rate plus a bump around the best day. Used to plant the demo's
 * pattern and by the benchmark, which compares the learned waits with the fixed defaults under it.
 */
import type { RecoveryPhase } from "@revgraph/db/vocabulary";
import type { Rng } from "@revgraph/learning";
import { DEFAULT_WAITS, RECOVERY_PHASES, WAIT_BUCKETS, type AttemptCounts, type PhaseTiming } from "./recovery-timing";

export interface PhaseCurve {
  /** Success chance far from the best day. */
  base: number;
  /** Extra success chance at the best day. */
  peak: number;
  bestDay: number;
}
export type RecoveryTruth = Record<RecoveryPhase, PhaseCurve>;

/** The chance a step of this phase taken after `days` of silence works: the bump is a bell on log(days), 0.35 wide. */
export function successChance(curve: PhaseCurve, days: number): number {
  const z = (Math.log(Math.max(days, 1)) - Math.log(curve.bestDay)) / 0.35;
  return curve.base + curve.peak * Math.exp(-0.5 * z * z);
}

/** The share of silent leads won back by taking each phase's step at its wait (the phases independent). */
export function recoveredShare(truth: RecoveryTruth, waits: Readonly<Record<RecoveryPhase, number>>): number {
  return 1 - RECOVERY_PHASES.reduce((miss, phase) => miss * (1 - successChance(truth[phase], waits[phase])), 1);
}

/** The best waits among the candidate ones (in phase order), by the truth: the ceiling any learner could reach. */
export function oracleWaits(truth: RecoveryTruth): Record<RecoveryPhase, number> {
  let best = { ...DEFAULT_WAITS };
  let bestShare = -1;
  for (const a of WAIT_BUCKETS)
    for (const b of WAIT_BUCKETS)
      for (const c of WAIT_BUCKETS) {
        if (!(a < b && b < c)) continue;
        const waits = { REMINDER: a, ALTERNATIVES: b, OFFER: c };
        const share = recoveredShare(truth, waits);
        if (share > bestShare) [best, bestShare] = [waits, share];
      }
  return best;
}

/**
 * Logged attempts under the truth: `perPhase` attempts of each phase after a silence drawn
 * uniformly from 1 to `maxSilentDays` days (reps trying at all sorts of times), each working with
 * the truth's chance; returned as counts per phase and silence.
 */
export function simulateAttempts(truth: RecoveryTruth, perPhase: number, random: Rng, maxSilentDays = 120): AttemptCounts[] {
  const counts = new Map<string, AttemptCounts>();
  for (const phase of RECOVERY_PHASES) {
    for (let i = 0; i < perPhase; i++) {
      const silentDays = 1 + Math.floor(random() * maxSilentDays);
      const key = `${phase}:${silentDays}`;
      const c = counts.get(key) ?? { phase, silentDays, attempts: 0, successes: 0 };
      c.attempts += 1;
      if (random() < successChance(truth[phase], silentDays)) c.successes += 1;
      counts.set(key, c);
    }
  }
  return [...counts.values()];
}

export function waitsOf(timings: readonly PhaseTiming[]): Record<RecoveryPhase, number> {
  return Object.fromEntries(timings.map((t) => [t.phase, t.waitDays])) as Record<RecoveryPhase, number>;
}
