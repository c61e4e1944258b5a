// Benchmark: the as-of backtest on a simulated pipeline whose truth the features do not mirror — what reps would have seen on their open leads.
// Run: pnpm exec tsx bench/model-quality-synthetic.ts
//
// Four reps, 900 leads each over a year (pipeline-simulation.ts): wins depend on the first week
// (rep A on property views, rep B on email clicks, C and D on a mix), lost leads close sooner
// than won ones, some leads go stale. At three past cutoffs a model trained on what was known then
// scores every lead open then; labels are wins within 90 days. Columns on the same leads: oracle
// (the true probability), rep (the product: landmark rows, pooled toward the team), team, the
// at-close design the product used before, and the default model.
import { machineSummary } from "./support/machine";
import { prepareBacktest, runBacktest, type Backtest, type BacktestScores } from "../subgraphs/scoring/src/model/backtest";
import { DAY_MS, type LeadFacts } from "../subgraphs/scoring/src/model/features";
import { HORIZON_DAYS } from "../subgraphs/scoring/src/model/landmarks";
import { simulatePipeline, trueWinWithin, type SimulatedLead } from "../subgraphs/scoring/src/model/pipeline-simulation";

const NOW = new Date("2026-06-01T00:00:00Z");
const REPS = [
  { id: "rep-A (views)", seed: 101, viewWeight: 1.6, emailWeight: 0 },
  { id: "rep-B (emails)", seed: 202, viewWeight: 0, emailWeight: 1.6 },
  { id: "rep-C (mix)", seed: 303, viewWeight: 0.8, emailWeight: 0.8 },
  { id: "rep-D (mix)", seed: 404, viewWeight: 0.8, emailWeight: 0.8 },
];

function out(line = ""): void {
  process.stdout.write(`${line}\n`);
}

function fmt(x: number | null | undefined): string {
  return x === null || x === undefined || Number.isNaN(x) ? "-" : x.toFixed(3);
}

function row(label: string, s: BacktestScores, atClose: BacktestScores): string {
  const cells = [
    label,
    String(s.count),
    fmt(s.observedRate),
    `${fmt(s.reference?.auc)} / ${fmt(s.model?.auc)} / ${fmt(s.organization?.auc)} / ${fmt(atClose.model?.auc)} / ${fmt(s.default?.auc)}`,
    `${fmt(s.reference?.logLoss)} / ${fmt(s.model?.logLoss)} / ${fmt(s.organization?.logLoss)} / ${fmt(atClose.model?.logLoss)} / ${fmt(s.default?.logLoss)}`,
    `${fmt(s.meanPredicted)} / ${fmt(atClose.meanPredicted)}`,
    `${fmt(s.model?.ece)} / ${fmt(atClose.model?.ece)}`,
  ];
  return `| ${cells.join(" | ")} |`;
}

function main(): void {
  const t0 = performance.now();
  const leads: { rep: string; lead: SimulatedLead }[] = REPS.flatMap((r) =>
    simulatePipeline({ seed: r.seed, leads: 900, days: 365, now: NOW, viewWeight: r.viewWeight, emailWeight: r.emailWeight }).map((lead) => ({ rep: r.id, lead })),
  );
  const orgFacts: LeadFacts[] = leads.map((l) => l.lead.facts);
  const repOf = new Map(leads.map((l) => [l.lead.facts.leadId, l.rep]));
  const truth = new Map(leads.map((l) => [l.lead.facts.leadId, l.lead.winProbability]));
  const reference = (f: LeadFacts, at: Date) => trueWinWithin(truth.get(f.leadId) as number, (at.getTime() - f.createdAt.getTime()) / DAY_MS, HORIZON_DAYS);
  const landmarks = prepareBacktest({ orgFacts, now: NOW, repOf });
  const atClose = prepareBacktest({ orgFacts, now: NOW, repOf, options: { landmarks: { design: "at-close" } } });
  out(`# Backtest on a simulated pipeline\n${machineSummary()}`);
  out(`cutoffs: ${landmarks.cutoffs.map((c) => c.at.toISOString().slice(0, 10)).join(", ")}; horizon ${HORIZON_DAYS} days\n`);
  out("| rep / age band | open leads | won rate | AUC oracle / rep / team / at-close / default | log loss (same order) | mean p: rep / at-close | ECE: rep / at-close |");
  out("|---|---|---|---|---|---|---|");
  for (const r of REPS) {
    const ids = new Set(leads.filter((l) => l.rep === r.id).map((l) => l.lead.facts.leadId));
    const a: Backtest = runBacktest(landmarks, { repLeadIds: ids, reference });
    const b: Backtest = runBacktest(atClose, { repLeadIds: ids, reference });
    out(row(`${r.id}: all`, a.overall, b.overall));
    a.byAge.forEach((band, k) => out(row(`${r.id}: ${band.band}`, band, b.byAge[k])));
  }
  out(`\ntotal ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main();
