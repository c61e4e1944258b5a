/**
 * Recovery timing learned from outcomes, measured against the fixed waits (reminder 14 days,
 * alternatives 30, offer 60) on a synthetic truth: per phase, the chance a step taken after d days
 * of silence wins the lead back. Attempts are logged after silences drawn uniformly from 1–120
 * days with outcomes drawn from the truth; the learner picks each phase's wait from them, and every
 * policy is scored by the truth itself: the share of silent leads won back by the three steps
 * (1 − Π(1 − p_phase(wait))). The oracle is the best choice among the same candidate waits.
 * `pnpm exec tsx bench/recovery-timing.ts`
 */
import { mulberry32 } from "@revgraph/learning";
import {
  attemptWorked,
  DEFAULT_WAITS,
  learnRecoveryTiming,
  oracleWaits,
  recoveredShare,
  simulateAttempts,
  WINDOW_DAYS,
  waitsOf,
  withDerivedOutcomes,
  type AttemptCounts,
  type RecoveryTruth,
} from "@revgraph/personalization/models";
import { generateDemoData } from "../scripts/seed/generate";
import { PLANTED_RECOVERY_TRUTH } from "../scripts/seed/generate-recovery";
import { machineSummary } from "./support/machine";

const SCENARIOS: { name: string; truth: RecoveryTruth }[] = [
  {
    name: "early responders (best 8 / 24 / 45 days)",
    truth: { REMINDER: { base: 0.1, peak: 0.2, bestDay: 8 }, ALTERNATIVES: { base: 0.08, peak: 0.15, bestDay: 24 }, OFFER: { base: 0.1, peak: 0.2, bestDay: 45 } },
  },
  {
    name: "slow deciders (best 25 / 50 / 100 days)",
    truth: { REMINDER: { base: 0.1, peak: 0.2, bestDay: 25 }, ALTERNATIVES: { base: 0.08, peak: 0.15, bestDay: 50 }, OFFER: { base: 0.1, peak: 0.2, bestDay: 100 } },
  },
  {
    name: "the defaults are right (best 16 / 34 / 70 days)",
    truth: { REMINDER: { base: 0.1, peak: 0.2, bestDay: 16 }, ALTERNATIVES: { base: 0.08, peak: 0.15, bestDay: 34 }, OFFER: { base: 0.1, peak: 0.2, bestDay: 70 } },
  },
  {
    name: "timing does not matter (flat 15% / 10% / 15%)",
    truth: { REMINDER: { base: 0.15, peak: 0, bestDay: 14 }, ALTERNATIVES: { base: 0.1, peak: 0, bestDay: 30 }, OFFER: { base: 0.15, peak: 0, bestDay: 60 } },
  },
  { name: "the demo's planted truth (best 9 / 24 / 70 days)", truth: PLANTED_RECOVERY_TRUTH },
];
const HISTORY = [20, 50, 100, 300, 1000];
const RUNS = 200;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function main(): void {
  console.log(`\`pnpm exec tsx bench/recovery-timing.ts\` (${machineSummary()}).\n`);
  console.log(
    `Recovered share = 1 − Π(1 − p_phase(wait)) under the truth; learned: mean over ${RUNS} simulated histories (5th–95th percentile), with the share of runs at least as good as the fixed waits.\n`,
  );
  for (const { name, truth } of SCENARIOS) {
    const fixed = recoveredShare(truth, DEFAULT_WAITS);
    const oracle = oracleWaits(truth);
    const best = recoveredShare(truth, oracle);
    console.log(`### ${name}\n`);
    console.log(`Fixed waits 14 / 30 / 60: **${pct(fixed)}**; oracle ${oracle.REMINDER} / ${oracle.ALTERNATIVES} / ${oracle.OFFER}: **${pct(best)}**.\n`);
    console.log("| attempts per phase | learned (mean) | 5th–95th pct | runs ≥ fixed | runs learning every phase | most frequent learned waits |");
    console.log("| --- | --- | --- | --- | --- | --- |");
    for (const n of HISTORY) {
      const shares: number[] = [];
      let atLeastFixed = 0;
      let allLearned = 0;
      const waits = new Map<string, number>();
      for (let run = 0; run < RUNS; run++) {
        const timings = learnRecoveryTiming(simulateAttempts(truth, n, mulberry32(1000 * n + run)));
        const w = waitsOf(timings);
        const share = recoveredShare(truth, w);
        shares.push(share);
        if (share >= fixed - 1e-12) atLeastFixed++;
        if (timings.every((t) => t.learned)) allLearned++;
        const key = `${w.REMINDER} / ${w.ALTERNATIVES} / ${w.OFFER}`;
        waits.set(key, (waits.get(key) ?? 0) + 1);
      }
      shares.sort((a, b) => a - b);
      const mean = shares.reduce((s, x) => s + x, 0) / RUNS;
      const [mode, count] = [...waits.entries()].sort((a, b) => b[1] - a[1])[0]!;
      console.log(
        `| ${n} | ${pct(mean)} | ${pct(shares[Math.floor(0.05 * RUNS)]!)}–${pct(shares[Math.floor(0.95 * RUNS)]!)} | ${pct(atLeastFixed / RUNS)} | ${pct(allLearned / RUNS)} | ${mode} (${count}/${RUNS}) |`,
      );
    }
    console.log("");
  }

  // The demo's own attempts (what `pnpm seed` writes), learned as the graph does — recorded outcomes
  // and the purchases and wins sales holds for the lead within the window — and scored by the planted truth.
  const now = new Date("2025-06-01T12:00:00Z");
  const demo = generateDemoData({ now });
  const purchaseTimes = new Map<string, Date[]>();
  for (const p of demo.purchases) purchaseTimes.set(p.leadId, [...(purchaseTimes.get(p.leadId) ?? []), p.occurredAt]);
  const wonAt = new Map(demo.leads.filter((l) => l.status === "WON" && l.closedAt).map((l) => [l.id, l.closedAt!] as const));
  console.log("### The demo's recorded attempts (`pnpm seed`), scored by its planted truth\n");
  console.log(
    `Outcomes as the graph reads them: recorded, or a purchase or win of the lead within ${WINDOW_DAYS} days after the attempt ("derived only": attempts that worked by a purchase or win alone).\n`,
  );
  console.log("| organization | attempts per phase | worked | derived only | learned waits | recovered, learned | recovered, fixed 14 / 30 / 60 |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const org of ["org-acme-realty", "org-summit-homes"]) {
    const rows = demo.recoveryAttempts.filter((a) => a.organizationId === org);
    let derivedOnly = 0;
    const counts: AttemptCounts[] = rows.map((a) => {
      const worked = attemptWorked(withDerivedOutcomes(a, { purchaseTimes: purchaseTimes.get(a.leadId) ?? [], wonAt: wonAt.get(a.leadId) ?? null }), now) === true;
      if (worked && !attemptWorked(a, now)) derivedOnly++;
      return { phase: a.phase, silentDays: a.silentDays, attempts: 1, successes: worked ? 1 : 0 };
    });
    const w = waitsOf(learnRecoveryTiming(counts));
    const worked = counts.reduce((n, c) => n + c.successes, 0);
    console.log(
      `| ${org} | ${rows.length / 3} | ${worked} of ${rows.length} | ${derivedOnly} | ${w.REMINDER} / ${w.ALTERNATIVES} / ${w.OFFER} | ${pct(recoveredShare(PLANTED_RECOVERY_TRUTH, w))} | ${pct(recoveredShare(PLANTED_RECOVERY_TRUTH, DEFAULT_WAITS))} |`,
    );
  }
}

main();
