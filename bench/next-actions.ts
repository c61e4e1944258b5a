/**
 * Ranked next actions on a synthetic truth: reps whose wins respond to different actions by known
 * amounts (log-odds), a history of closed leads where each action was taken at random, and open
 * leads whose true chance after each action is known. The history has a pipeline's timing: whether
 * a lead is won is settled by the actions of its first week, lost leads close within days (median 8)
 * and won ones after weeks (median 25); the open leads are in their first week. Two histories: the
 * rep keeps acting at random, to no effect, while a lead stays open, or acts only in its first week.
 * Compares the true chance of winning after
 * taking: the rules alone (no history: "always the rule-based action", the baseline), nextAction as
 * served (rules + the rep's evidence), the action `nextActions` estimates best, and the best action
 * in hindsight (oracle). Also how well the estimated lifts track the true ones.
 * `pnpm exec tsx bench/next-actions.ts`
 */
import { mulberry32, normal, sigmoid } from "@revgraph/learning";
import type { LeadFacts } from "@revgraph/scoring/model";
import { ACTION_SIGNALS, actionEvidence, nextBestAction, rankedActions, type Action, type EvidenceAction } from "@revgraph/scoring/next-action";
import { machineSummary } from "./support/machine";

const DAY = 86_400_000;
const NOW = new Date("2026-06-01T12:00:00Z");
const EVIDENCE_ACTIONS = Object.keys(ACTION_SIGNALS) as EvidenceAction[];
/** Days from creation to the close, the median of a log-normal: lost leads are disqualified fast. */
const CLOSE_MEDIAN_DAYS = { WON: 25, LOST: 8 };
/** True effect of each action in a lead's first week on the log-odds of a win, per rep. */
const REPS: Record<string, Partial<Record<Action, number>>> = {
  "site-visit rep": { SITE_VISIT: 1.5, MEETING: 0.5 },
  "email rep": { EMAIL: 1.2, CALL: 0.3 },
  caller: { CALL: 1.0, SEND_BROCHURE: 0.8 },
};

/** How often the rep repeats each action in every later week a lead stays open (to no effect), per scenario. */
const SCENARIOS = [
  { name: "The rep keeps acting at random after the first week", laterRate: 0.35 },
  { name: "The rep acts only in the first week", laterRate: 0 },
];

function main(): void {
  console.log(machineSummary());
  for (const { name, laterRate } of SCENARIOS) {
    console.log(`\n${name}:`);
    run(laterRate);
  }
}

function run(laterRate: number): void {
  const rng = mulberry32(11);
  const gauss = () => normal(rng);
  const effect = (rep: string, action: Action) => REPS[rep][action] ?? 0;
  const activity = (action: EvidenceAction, at: number) => ({ type: ACTION_SIGNALS[action][0], occurredAt: new Date(at) });

  const historyOf = (rep: string, n: number): LeadFacts[] =>
    Array.from({ length: n }, (_, i) => {
      const createdAt = NOW.getTime() - (150 + rng() * 150) * DAY;
      const firstWeek = EVIDENCE_ACTIONS.filter(() => rng() < 0.35);
      const won = rng() < sigmoid(-1 + 0.8 * gauss() + firstWeek.reduce((s, a) => s + effect(rep, a), 0));
      const closedAt = createdAt + Math.max(0.5, CLOSE_MEDIAN_DAYS[won ? "WON" : "LOST"] * Math.exp(0.6 * gauss())) * DAY;
      const acts = firstWeek.map((a) => activity(a, createdAt + rng() * 7 * DAY));
      for (let week = 1; createdAt + week * 7 * DAY < closedAt; week++) {
        for (const a of EVIDENCE_ACTIONS) if (rng() < laterRate) acts.push(activity(a, createdAt + (week + rng()) * 7 * DAY));
      }
      return {
        leadId: `${rep}-${i}`,
        createdAt: new Date(createdAt),
        closedAt: new Date(closedAt),
        outcome: won ? "WON" : "LOST",
        source: null,
        attributes: {},
        activities: acts.filter((a) => a.occurredAt.getTime() < closedAt),
      };
    });
  const histories = Object.fromEntries(Object.keys(REPS).map((rep) => [rep, historyOf(rep, 300)]));
  const team = actionEvidence(Object.values(histories).flat());

  console.log("\n| rep | open leads | rules alone (baseline) | nextAction as served | best of nextActions by estimate | oracle best action | no action |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  const pairs: [number, number][] = [];
  for (const rep of Object.keys(REPS)) {
    const evidence = { evidence: actionEvidence(histories[rep], team), whose: "your" as const };
    const sums = { rules: 0, served: 0, ranked: 0, oracle: 0, none: 0 };
    const N = 1000;
    for (let i = 0; i < N; i++) {
      const logit = -1 + 0.8 * gauss();
      const p = sigmoid(logit);
      const createdAt = NOW.getTime() - rng() * 7 * DAY;
      const facts: LeadFacts = {
        leadId: `open-${i}`,
        createdAt: new Date(createdAt),
        closedAt: null,
        outcome: null,
        source: null,
        attributes: {},
        activities: Array.from({ length: Math.floor(rng() * 6) }, () => {
          const type = (["PROPERTY_VIEW", "EMAIL_OPEN", "WEBSITE_VISIT", "SITE_VISIT", "MEETING", "CALL"] as const)[Math.floor(rng() * 6)];
          return { type, occurredAt: new Date(createdAt + rng() * (NOW.getTime() - createdAt)) };
        }),
      };
      const truth = (action: Action) => sigmoid(logit + effect(rep, action));
      const ranked = rankedActions(facts, p, NOW, evidence, 6);
      const best = ranked.reduce((a, b) => (b.successProbability > a.successProbability ? b : a));
      sums.rules += truth(nextBestAction(facts, p, NOW, null).action);
      sums.served += truth(ranked[0].action);
      sums.ranked += truth(best.action);
      sums.oracle += Math.max(...[...EVIDENCE_ACTIONS, "NURTURE" as const].map(truth));
      sums.none += p;
      for (const r of ranked) if (r.lift !== null) pairs.push([r.lift, truth(r.action) - p]);
    }
    const pct = (x: number) => `${((100 * x) / N).toFixed(1)}%`;
    console.log(`| ${rep} | ${N} | ${pct(sums.rules)} | ${pct(sums.served)} | ${pct(sums.ranked)} | ${pct(sums.oracle)} | ${pct(sums.none)} |`);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const est = pairs.map(([e]) => e);
  const tru = pairs.map(([, t]) => t);
  const me = mean(est);
  const mt = mean(tru);
  const cov = mean(pairs.map(([e, t]) => (e - me) * (t - mt)));
  const sd = (xs: number[], m: number) => Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
  console.log(
    `\nListed actions with an estimate: ${pairs.length}; correlation of estimated and true lift ${(cov / (sd(est, me) * sd(tru, mt))).toFixed(3)}; mean absolute error of the lift ${(100 * mean(pairs.map(([e, t]) => Math.abs(e - t)))).toFixed(1)} points (mean true lift ${(100 * mt).toFixed(1)}).`,
  );
}

main();
