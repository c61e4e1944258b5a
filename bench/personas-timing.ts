/**
 * Personas and purchase timing, measured.
 * Personas: the silhouette of k = 2…8 on the demo's profiles; on synthetic profiles with four
 * planted personas, the adjusted Rand index of the learned personas against the truth next to a
 * random assignment (the same number of groups).
 * Timing: a time-split backtest (fit on what was known at the cutoff, score the leads open then,
 * check the next 90 days) of the hazard model against the overall baseline (the organization's
 * per-period hazards, Kaplan–Meier with lost as a competing outcome), on the demo and on synthetic
 * leads with a known hazard.
 * `pnpm exec tsx bench/personas-timing.ts`
 */
import {
  adjustedRandIndex,
  assignPersona,
  backtestTiming,
  describePersonas,
  fitPersonas,
  rawFeatures,
  simulatePersonaProfiles,
  simulateTimingLeads,
  type TimingBacktest,
  type TimingLead,
} from "@revgraph/personalization/models";
import { mulberry32 } from "@revgraph/learning";
import { generateDemoData } from "../scripts/seed/generate";
import { machineSummary } from "./support/machine";

const DAY_MS = 86_400_000;
const NOW = new Date("2025-06-01T12:00:00Z");
const f3 = (x: number | null) => (x == null ? "–" : x.toFixed(3));

function personas(): void {
  const demo = generateDemoData({ now: NOW });
  console.log("\n### Personas on the demo's profiles: mean silhouette per k (chosen k in bold)\n");
  console.log("| organization | profiles | k=2 | k=3 | k=4 | k=5 | k=6 | k=7 | k=8 | fit |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  const named: string[] = [];
  for (const org of ["org-acme-realty", "org-summit-homes"]) {
    const rows = demo.customerProfiles.filter((p) => p.organizationId === org).map((p) => rawFeatures(p, NOW));
    const started = performance.now();
    const model = fitPersonas(rows)!;
    const seconds = (performance.now() - started) / 1000;
    const k = model.centroids.length;
    const cells = model.silhouettes.map((s) => (s.k === k ? `**${s.silhouette.toFixed(3)}**` : s.silhouette.toFixed(3)));
    console.log(`| ${org} | ${rows.length} | ${cells.join(" | ")} | ${seconds.toFixed(2)} s |`);
    for (const p of describePersonas(model)) named.push(`- ${org}: **${p.name}** — ${p.description}`);
  }
  console.log("\nThe personas found (names and descriptions as generated):\n");
  console.log(named.join("\n"));

  console.log("\n### Personas on synthetic profiles with four planted personas: adjusted Rand index against the truth\n");
  console.log("| seed | profiles | k chosen | silhouette | ARI learned | ARI random assignment (k groups) |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const seed of [1, 2, 3]) {
    const planted = simulatePersonaProfiles(2000, NOW, seed);
    const rows = planted.map((p) => rawFeatures(p.profile, NOW));
    const model = fitPersonas(rows)!;
    const truth = planted.map((p) => p.truth);
    const learned = rows.map((r) => assignPersona(model, r));
    const k = model.centroids.length;
    const rng = mulberry32(seed);
    const random = rows.map(() => Math.floor(rng() * k));
    const best = model.silhouettes.find((s) => s.k === k)!.silhouette;
    console.log(`| ${seed} | ${rows.length} | ${k} | ${best.toFixed(3)} | ${adjustedRandIndex(truth, learned).toFixed(3)} | ${adjustedRandIndex(truth, random).toFixed(3)} |`);
  }
}

function timingRow(label: string, r: TimingBacktest | null): string {
  if (!r) return `| ${label} | – | – | – | – | – | – | – | – | – | – |`;
  const observed = r.wonWithin90Days / Math.max(1, r.openAtCutoff);
  return `| ${label} | ${r.cutoff.toISOString().slice(0, 10)} | ${r.openAtCutoff} | ${(observed * 100).toFixed(1)}% | ${f3(r.model.concordance)} | ${f3(r.baseline.concordance)} | ${f3(r.model.brier)} | ${f3(r.baseline.brier)} | ${f3(r.model.calibrationError)} | ${f3(r.baseline.calibrationError)} | ${(r.model.meanPredicted * 100).toFixed(1)}% / ${(r.baseline.meanPredicted * 100).toFixed(1)}% |`;
}

function timing(): void {
  console.log("\n### Purchase timing: time-split backtest, P(won within 90 days) of the leads open at the cutoff\n");
  console.log(
    "| data | cutoff | open at cutoff | won within 90 days | C-index model | C-index baseline | Brier model | Brier baseline | ECE model | ECE baseline | mean predicted model / baseline |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  const demo = generateDemoData({ now: NOW });
  const profiles = new Map(demo.customerProfiles.map((p) => [p.leadId, p]));
  for (const org of ["org-acme-realty", "org-summit-homes"]) {
    const leads: TimingLead[] = demo.leads
      .filter((l) => l.organizationId === org)
      .map((l) => ({
        id: l.id,
        createdAt: l.createdAt,
        closedAt: l.closedAt,
        status: l.status,
        source: l.source,
        stages: (profiles.get(l.id)?.stageHistory ?? []).map((s) => ({ stage: s.stage, at: new Date(s.at) })),
      }));
    for (const daysBack of [130, 110, 90]) {
      const cutoff = new Date(NOW.getTime() - daysBack * DAY_MS);
      const started = performance.now();
      const result = backtestTiming(leads, cutoff, NOW);
      console.log(timingRow(`demo ${org}`, result));
    }
  }
  for (const seed of [1, 2, 3]) {
    const leads = simulateTimingLeads(3000, NOW, seed);
    console.log(timingRow(`synthetic, seed ${seed}`, backtestTiming(leads, new Date(NOW.getTime() - 120 * DAY_MS), NOW)));
  }
}

console.log(machineSummary());
personas();
timing();
