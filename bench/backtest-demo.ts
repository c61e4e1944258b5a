// Benchmark: the as-of backtest on the demo data (pnpm seed's generator, in memory) — landmark training against the at-close design it replaced.
// Run: pnpm exec tsx bench/backtest-demo.ts
import { generateDemoData } from "../scripts/seed/generate";
import { prepareBacktest, runBacktest, type BacktestScores, type PreparedBacktest } from "../subgraphs/scoring/src/model/backtest";
import type { ActivityType, LeadFacts } from "../subgraphs/scoring/src/model/features";
import { machineSummary } from "./support/machine";

const ORG = "org-acme-realty";
const REPS = ["rep-alice", "rep-bob", "rep-carol"];

function fmt(x: number | null | undefined): string {
  return x === null || x === undefined || Number.isNaN(x) ? "-" : x.toFixed(3);
}

function line(label: string, a: BacktestScores, b: BacktestScores): string {
  return `| ${label} | ${a.count} | ${fmt(a.observedRate)} | ${fmt(a.model?.auc)} / ${fmt(a.organization?.auc)} / ${fmt(b.model?.auc)} / ${fmt(a.default?.auc)} | ${fmt(a.model?.logLoss)} / ${fmt(b.model?.logLoss)} / ${fmt(a.default?.logLoss)} | ${fmt(a.meanPredicted)} / ${fmt(b.meanPredicted)} | ${fmt(a.model?.ece)} / ${fmt(b.model?.ece)} / ${fmt(a.default?.ece)} |`;
}

function main(): void {
  const started = performance.now();
  const now = new Date();
  const data = generateDemoData({ now });
  const activities = new Map<string, { type: ActivityType; occurredAt: Date }[]>();
  for (const a of data.activities) {
    const list = activities.get(a.leadId) ?? [];
    list.push({ type: a.type, occurredAt: a.occurredAt });
    activities.set(a.leadId, list);
  }
  const leads = data.leads.filter((l) => l.organizationId === ORG);
  const closed = (status: string) => status === "WON" || status === "LOST";
  const facts: LeadFacts[] = leads.map((l) => ({
    leadId: l.id,
    createdAt: l.createdAt,
    closedAt: closed(l.status) ? l.closedAt : null,
    outcome: closed(l.status) ? (l.status as "WON" | "LOST") : null,
    source: l.source,
    attributes: l.attributes as LeadFacts["attributes"],
    activities: (activities.get(l.id) ?? []).sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime()),
  }));
  const repOf = new Map(leads.map((l) => [l.id, l.assignedToId]));
  const landmarks: PreparedBacktest = prepareBacktest({ orgFacts: facts, now, repOf });
  const atClose: PreparedBacktest = prepareBacktest({ orgFacts: facts, now, repOf, options: { landmarks: { design: "at-close" } } });
  process.stdout.write(`# Backtest on the demo data (${ORG}, ${facts.length} leads)\n${machineSummary()}\n`);
  process.stdout.write(`cutoffs: ${landmarks.cutoffs.map((c) => c.at.toISOString().slice(0, 10)).join(", ")}; horizon ${landmarks.horizonDays} days\n\n`);
  process.stdout.write(
    "| model / age band | open leads | won rate | AUC: landmarks / its team / at-close / default | log loss: landmarks / at-close / default | mean p: landmarks / at-close | ECE: landmarks / at-close / default |\n|---|---|---|---|---|---|---|\n",
  );
  for (const who of [null, ...REPS]) {
    const ids = who === null ? null : new Set(leads.filter((l) => l.assignedToId === who).map((l) => l.id));
    const a = runBacktest(landmarks, { repLeadIds: ids });
    const b = runBacktest(atClose, { repLeadIds: ids });
    const name = who ?? "team model";
    process.stdout.write(`${line(`${name}: all`, a.overall, b.overall)}\n`);
    a.byAge.forEach((band, k) => process.stdout.write(`${line(`${name}: ${band.band}`, band, b.byAge[k])}\n`));
  }
  process.stdout.write(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

main();
