// Benchmark: per-rep held-out AUC and log loss of oracle, pooled, rep-only, org-only and default models on synthetic reps, plus training time.
// Run: pnpm exec tsx bench/model-quality-synthetic.ts
import os from "node:os";
import { performance } from "node:perf_hooks";
import { predictDefault } from "../subgraphs/scoring/src/model/default-model";
import type { LeadFacts } from "../subgraphs/scoring/src/model/features";
import { auc, logLoss } from "../subgraphs/scoring/src/model/metrics";
import type { TrainedModel } from "../subgraphs/scoring/src/model/model-types";
import { designMatrix } from "../subgraphs/scoring/src/model/design-matrix";
import { fitLogistic, sigmoid, type DesignMatrix } from "../subgraphs/scoring/src/model/logistic";
import { fitLevel } from "../subgraphs/scoring/src/model/pooling";
import { predictProbabilities } from "../subgraphs/scoring/src/model/predict";
import { defaultRoster, generateSyntheticOrg, mulberry32, type SyntheticRep } from "../subgraphs/scoring/src/model/synthetic";
import { trainOrgModel, trainRepModel } from "../subgraphs/scoring/src/model/train";
import { closedLeads, type OrgTraining } from "../subgraphs/scoring/src/model/training-state";

const NOW = new Date("2025-06-01T00:00:00Z");
const SEEDS = [11, 22, 33];
const COLUMNS = ["oracle", "pooled", "rep-only", "org-only", "default"] as const;
type Column = (typeof COLUMNS)[number];

function out(line = ""): void {
  process.stdout.write(`${line}\n`);
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

function fmt(x: number | null, digits = 3): string {
  return x === null || Number.isNaN(x) ? "  -  " : x.toFixed(digits);
}

/** A rep-only model: the org encoder, prior at zero, λ chosen by the same cross-validation. */
function repOnlyModel(org: OrgTraining, repFacts: LeadFacts[]): TrainedModel {
  const { encoder } = org.state;
  const data = designMatrix(encoder, closedLeads(repFacts), NOW);
  const zero = { weights: new Float64Array(encoder.features.length), intercept: 0 };
  const fit = fitLevel(data, zero, null, { standardErrors: 1 });
  const toRecord = (v: ArrayLike<number>) => Object.fromEntries(encoder.features.map((f, j) => [f, v[j]]));
  return { ...org.model, level: "rep", weights: toRecord(fit.weights), intercept: fit.intercept, variances: toRecord(fit.variances), lambda: fit.lambda };
}

/** Each training lead's rep, as the service passes each closed lead's assignee. */
function repOfLeads(reps: SyntheticRep[]): Map<string, string> {
  return new Map(reps.flatMap((r) => r.train.map((l) => [l.facts.leadId, r.repId] as const)));
}

interface Row {
  rep: SyntheticRep;
  lambda: number | null;
  auc: Record<Column, number | null>;
  loss: Record<Column, number>;
}

function evaluateSeed(seed: number): Row[] {
  const reps = generateSyntheticOrg({ seed, now: NOW, reps: defaultRoster(), testSize: 1000 });
  const orgFacts = reps.flatMap((r) => r.train.map((l) => l.facts));
  const org = trainOrgModel({ orgFacts, now: NOW, repOf: repOfLeads(reps) });
  return reps.map((rep) => {
    const repFacts = rep.train.map((l) => l.facts);
    const testFacts = rep.test.map((l) => l.facts);
    const y = testFacts.map((f) => (f.outcome === "WON" ? 1 : 0));
    const pooled = trainRepModel({ repFacts, orgFacts, now: NOW, org }).rep;
    const probs: Record<Column, ArrayLike<number>> = {
      oracle: rep.test.map((l) => l.trueProbability),
      pooled: predictProbabilities(pooled, testFacts, NOW),
      "rep-only": predictProbabilities(repOnlyModel(org, repFacts), testFacts, NOW),
      "org-only": predictProbabilities(org.model, testFacts, NOW),
      default: testFacts.map((f) => predictDefault(f, NOW).probability),
    };
    const a = {} as Record<Column, number | null>;
    const l = {} as Record<Column, number>;
    for (const c of COLUMNS) {
      a[c] = auc(probs[c], y);
      l[c] = logLoss(probs[c], y);
    }
    return { rep, lambda: pooled.lambda, auc: a, loss: l };
  });
}

function mean(xs: (number | null)[]): number {
  const v = xs.filter((x): x is number => x !== null);
  return v.reduce((s, x) => s + x, 0) / Math.max(1, v.length);
}

function printTable(title: string, rows: Row[], metric: "auc" | "loss"): void {
  out(`\n${title}`);
  out(`| ${pad("rep (seed " + SEEDS[0] + ")", 22)} | ${pad("pattern", 13)} | train | λ      | ${COLUMNS.map((c) => pad(c, 8)).join(" | ")} |`);
  out(`|${"-".repeat(24)}|${"-".repeat(15)}|-------|--------|${COLUMNS.map(() => "-".repeat(10)).join("|")}|`);
  for (const r of rows) {
    const cells = COLUMNS.map((c) => pad(fmt(metric === "auc" ? r.auc[c] : r.loss[c]), 8));
    out(`| ${pad(r.rep.repId, 22)} | ${pad(r.rep.pattern, 13)} | ${pad(String(r.rep.train.length), 5)} | ${pad(r.lambda === null ? "-" : r.lambda < 10 ? r.lambda.toFixed(2) : String(Math.round(r.lambda)), 6)} | ${cells.join(" | ")} |`);
  }
}

function printAverages(allRows: Row[]): void {
  out(`\nAverages over ${SEEDS.length} seeds (${SEEDS.join(", ")}), non-team patterns (propertyViews, email, speed) and team, by training size`);
  out(`| ${pad("group", 26)} | metric   | ${COLUMNS.map((c) => pad(c, 8)).join(" | ")} |`);
  out(`|${"-".repeat(28)}|----------|${COLUMNS.map(() => "-".repeat(10)).join("|")}|`);
  const sizes = [...new Set(allRows.map((r) => r.rep.train.length))].sort((a, b) => a - b);
  for (const group of ["distinct", "team"] as const) {
    for (const size of sizes) {
      const rows = allRows.filter((r) => r.rep.train.length === size && (group === "team") === (r.rep.pattern === "team"));
      if (rows.length === 0) continue;
      const label = `${group === "team" ? "team-like" : "own pattern"} n=${size} (${rows.length})`;
      out(`| ${pad(label, 26)} | AUC      | ${COLUMNS.map((c) => pad(fmt(mean(rows.map((r) => r.auc[c]))), 8)).join(" | ")} |`);
      out(`| ${pad("", 26)} | log loss | ${COLUMNS.map((c) => pad(fmt(mean(rows.map((r) => r.loss[c]))), 8)).join(" | ")} |`);
    }
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Median wall time of `runs` calls after `warmup` untimed ones (JIT compilation). */
function time(runs: number, f: () => void, warmup = 0): number {
  for (let i = 0; i < warmup; i++) f();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    t.push(performance.now() - start);
  }
  return median(t);
}

/** A dense random design (the worst case for the Gram matrix): n rows × d standard normal features. */
function randomDesign(n: number, d: number): DesignMatrix {
  const rng = mulberry32(99);
  const x = Float64Array.from({ length: n * d }, () => Math.sqrt(-2 * Math.log(Math.max(rng(), 1e-12))) * Math.cos(2 * Math.PI * rng()));
  const y = Float64Array.from({ length: n }, (_, i) => (rng() < sigmoid(0.5 * x[i * d] - 0.3 * x[i * d + 1]) ? 1 : 0));
  return { x, y, n, d };
}

function printSingleFits(): void {
  out("- single fit at a fixed λ (Newton, dense random features):");
  for (const [n, d] of [[500, 30], [5000, 30], [5000, 200], [50000, 30]] as const) {
    const data = randomDesign(n, d);
    const prior = { weights: new Float64Array(d), intercept: 0 };
    const ms = time(7, () => fitLogistic(data, prior, { lambda: 1 }), 3);
    out(`  - ${n.toLocaleString("en-US")} rows × ${d} features: ${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms`);
  }
}

function printTiming(): void {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  out(`\nTiming (pure compute, medians; Node ${process.version}, ${os.cpus().length} × ${cpu}, load average ${os.loadavg()[0].toFixed(1)} at start)`);
  const big = generateSyntheticOrg({ seed: 7, now: NOW, reps: [{ pattern: "propertyViews", trainSize: 5000 }, { pattern: "team", trainSize: 3000 }], testSize: 0 });
  const bigOrg = big.flatMap((r) => r.train.map((l) => l.facts));
  const bigRep = big[0].train.map((l) => l.facts);
  const bigRepOf = repOfLeads(big);
  const features = trainOrgModel({ orgFacts: bigOrg, now: NOW, repOf: bigRepOf }).model.encoder.features.length;
  const orgOnce = time(3, () => trainOrgModel({ orgFacts: bigOrg, now: NOW, repOf: bigRepOf }));
  const org = trainOrgModel({ orgFacts: bigOrg, now: NOW, repOf: bigRepOf });
  const repOnly = time(5, () => trainRepModel({ repFacts: bigRep, orgFacts: bigOrg, now: NOW, org }));
  out(`- org model, 8,000 closed leads, ${features} features (encoder + λ search + fit + holdout evaluation): ${orgOnce.toFixed(0)} ms`);
  out(`- one rep with 5,000 closed leads, org model reused (λ search + fit + evaluation): ${repOnly.toFixed(0)} ms`);
  out(`- one rep with 5,000 closed leads including the org model: ${(orgOnce + repOnly).toFixed(0)} ms (2 reps: too few to learn a spread across reps)`);
  const spreadOrg = generateSyntheticOrg({ seed: 9, now: NOW, reps: [{ pattern: "propertyViews", trainSize: 5000 }, ...Array.from({ length: 6 }, (_, i) => ({ pattern: (["team", "email", "speed"] as const)[i % 3], trainSize: 500 }))], testSize: 0 });
  const spreadFacts = spreadOrg.flatMap((r) => r.train.map((l) => l.facts));
  const spreadRepOf = repOfLeads(spreadOrg);
  const spreadOnce = time(3, () => trainOrgModel({ orgFacts: spreadFacts, now: NOW, repOf: spreadRepOf }));
  const withSpread = trainOrgModel({ orgFacts: spreadFacts, now: NOW, repOf: spreadRepOf });
  const spreadRep = time(5, () => trainRepModel({ repFacts: spreadOrg[0].train.map((l) => l.facts), orgFacts: spreadFacts, now: NOW, org: withSpread }));
  out(`- the same with 6 more reps × 500 (8,000 closed leads; spread learned across ${withSpread.state.spread?.reps ?? 0} reps, twice: all leads and before the holdout cutoff): org ${spreadOnce.toFixed(0)} ms + rep ${spreadRep.toFixed(0)} ms = ${(spreadOnce + spreadRep).toFixed(0)} ms`);
  const many = generateSyntheticOrg({ seed: 8, now: NOW, reps: Array.from({ length: 100 }, (_, i) => ({ pattern: (["propertyViews", "email", "speed", "team"] as const)[i % 4], trainSize: 500 })), testSize: 0 });
  const manyOrg = many.flatMap((r) => r.train.map((l) => l.facts));
  const manyRepOf = repOfLeads(many);
  const orgMany = time(1, () => trainOrgModel({ orgFacts: manyOrg, now: NOW, repOf: manyRepOf }));
  const trained = trainOrgModel({ orgFacts: manyOrg, now: NOW, repOf: manyRepOf });
  const allReps = time(3, () => {
    for (const r of many) trainRepModel({ repFacts: r.train.map((l) => l.facts), orgFacts: manyOrg, now: NOW, org: trained });
  });
  out(`- org model, 100 reps × 500 = 50,000 closed leads: ${orgMany.toFixed(0)} ms`);
  out(`- 100 reps × 500 closed leads, org model reused: ${allReps.toFixed(0)} ms total, ${(allReps / 100).toFixed(1)} ms per rep`);
  printSingleFits();
}

function main(): void {
  out("# Model quality on synthetic reps (held-out test set of 1,000 leads per rep)");
  out("oracle = true probabilities; pooled = rep model pulled toward the org model, per weight as far as the org's");
  out("reps spread (learned across reps; λ shown = the pull on the least-pulled weight, a thick rep may pick another");
  out("multiple by CV); rep-only = same data, prior at zero, λ by CV; org-only = the org model; default = the seed's fixed weights.");
  const perSeed = SEEDS.map(evaluateSeed);
  printTable("Test AUC per rep", perSeed[0], "auc");
  printTable("Test log loss per rep", perSeed[0], "loss");
  printAverages(perSeed.flat());
  printTiming();
}

main();
