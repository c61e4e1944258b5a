// Benchmark: churn model quality on Telco (5-fold CV and the 80/20 file-order split) and on a synthetic portfolio with a known oracle, next to the rules fallback; and the speed of featurize + predict for 10,000 accounts.
//
// Pure computation through the churn model's own encoder and training path (no database, no API).
// Usage: pnpm bench:churn [--only telco|synthetic|speed]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { auc } from "@revgraph/learning";
import {
  evaluateChurnModel,
  predictChurn,
  trainChurnModel,
  type AccountSnapshot,
  type ChurnEvaluation,
  type ChurnExample,
  type LabelledAccount,
} from "../subgraphs/customer-success/src/churn";
import { simulatePortfolio, type SimulatedAccount } from "../subgraphs/customer-success/src/churn/churn-simulation";
import { parseCsv } from "./support/csv";
import { machineSummary } from "./support/machine";
import { printTable, seconds } from "./support/stats";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DATASETS_DIR = process.env.DATASETS_DIR ?? path.resolve(REPO, "../shared/datasets");
const DAY_MS = 86_400_000;
/** The instant every Telco customer's period ends (the file has no dates): outcomes are dated here. */
const TELCO_PERIOD_END = new Date("2026-01-01T00:00:00Z");
const TELCO_NUMERIC = new Set(["tenure", "MonthlyCharges", "TotalCharges"]);
/** Telco customers are predicted 30 days before their period ends, and trained on that one landmark (their attributes do not change over time). */
const TELCO_LANDMARK_DAYS = 30;
const NOW = new Date("2026-06-01T00:00:00Z");

function fmt(x: number | null, digits = 3): string {
  return x === null ? "-" : x.toFixed(digits);
}

function row(name: string, e: ChurnEvaluation, extra: string[] = []): string[] {
  return [name, String(e.accounts), fmt(e.churned / Math.max(1, e.accounts)), fmt(e.auc), fmt(e.brier), fmt(e.logLoss), fmt(e.ece), fmt(e.meanProbability), ...extra];
}

const HEADER = ["model", "accounts", "churn rate", "AUC", "Brier", "log loss", "ECE", "mean p"];

// --- (a) Telco -------------------------------------------------------------------------------

interface TelcoCustomer {
  id: string;
  attributes: Record<string, string | number>;
  churned: boolean;
}

function loadTelco(): TelcoCustomer[] {
  const table = parseCsv(fs.readFileSync(path.join(DATASETS_DIR, "telco-customer-churn.csv"), "utf8"));
  const col = (name: string): number => table.header.indexOf(name);
  return table.rows
    .filter((r) => r.length === table.header.length)
    .map((r) => {
      const attributes: Record<string, string | number> = {};
      table.header.forEach((name, j) => {
        if (name === "customerID" || name === "Churn") return;
        const text = r[j].text.trim();
        if (text === "") return;
        attributes[name] = TELCO_NUMERIC.has(name) ? Number(text) : text;
      });
      return { id: r[col("customerID")].text, attributes, churned: r[col("Churn")].text.trim() === "Yes" };
    });
}

function telcoSnapshot(c: TelcoCustomer): AccountSnapshot {
  return { attributes: c.attributes, arr: null, lifecycleStage: "ADOPTION", renewalDate: TELCO_PERIOD_END, signals: [], healthHistory: [], openCtaCount: 0 };
}

function telcoExample(c: TelcoCustomer): ChurnExample {
  return { accountId: c.id, snapshot: telcoSnapshot(c), outcome: c.churned ? "CHURNED" : "RENEWED", occurredAt: TELCO_PERIOD_END };
}

function telcoHeldOut(c: TelcoCustomer): LabelledAccount {
  return { snapshot: telcoSnapshot(c), asOf: new Date(TELCO_PERIOD_END.getTime() - TELCO_LANDMARK_DAYS * DAY_MS), churned: c.churned };
}

/** Stratified folds without shuffling: within each class, the k-th fifth in file order is fold k. */
function stratifiedFolds(customers: TelcoCustomer[], k: number): number[] {
  const counts = [0, 0];
  for (const c of customers) counts[c.churned ? 1 : 0] += 1;
  const seen = [0, 0];
  return customers.map((c) => {
    const cls = c.churned ? 1 : 0;
    const fold = Math.floor((seen[cls] * k) / counts[cls]);
    seen[cls] += 1;
    return fold;
  });
}

function evaluateTelcoSplit(
  train: TelcoCustomer[],
  test: TelcoCustomer[],
  landmarkDays: readonly number[],
): { model: ChurnEvaluation; rules: ChurnEvaluation; trainMs: number; features: number; lambda: number | null } {
  const started = performance.now();
  const model = trainChurnModel(train.map(telcoExample), { now: NOW, landmarkDays });
  const trainMs = performance.now() - started;
  const heldOut = test.map(telcoHeldOut);
  return { model: evaluateChurnModel(model, heldOut), rules: evaluateChurnModel(null, heldOut), trainMs, features: model.encoder.features.length, lambda: model.lambda };
}

function pooled(results: ChurnEvaluation[]): ChurnEvaluation {
  const n = results.reduce((a, r) => a + r.accounts, 0);
  const mean = (f: (r: ChurnEvaluation) => number): number => results.reduce((a, r) => a + f(r) * r.accounts, 0) / n;
  return {
    accounts: n,
    churned: results.reduce((a, r) => a + r.churned, 0),
    auc: results.reduce((a, r) => a + (r.auc ?? 0), 0) / results.length,
    brier: mean((r) => r.brier),
    logLoss: mean((r) => r.logLoss),
    ece: mean((r) => r.ece),
    meanProbability: mean((r) => r.meanProbability),
    calibration: [],
  };
}

function telco(): void {
  const customers = loadTelco();
  const churned = customers.filter((c) => c.churned).length;
  console.log(`\n## (a) Telco customer churn: ${customers.length} customers, ${churned} churned\n`);
  console.log("Attributes: every column but customerID and Churn; tenure, MonthlyCharges and TotalCharges numeric (blank TotalCharges missing), the rest categories.");
  console.log(`Each customer's period ends at one date; trained on the landmark ${TELCO_LANDMARK_DAYS} days before it and scored as of that day.\n`);
  const k = 5;
  const fold = stratifiedFolds(customers, k);
  const model: ChurnEvaluation[] = [];
  const rules: ChurnEvaluation[] = [];
  const perFold: string[][] = [];
  for (let f = 0; f < k; f++) {
    const r = evaluateTelcoSplit(
      customers.filter((_, i) => fold[i] !== f),
      customers.filter((_, i) => fold[i] === f),
      [TELCO_LANDMARK_DAYS],
    );
    model.push(r.model);
    rules.push(r.rules);
    perFold.push([String(f + 1), fmt(r.model.auc), fmt(r.model.brier), fmt(r.model.ece), String(r.features), String(r.lambda), seconds(r.trainMs)]);
  }
  console.log("### 5-fold cross-validation (stratified, file order; AUC = mean over folds, the others pooled)\n");
  printTable(HEADER, [row("churn model", pooled(model)), row("rules fallback", pooled(rules))]);
  console.log("");
  printTable(["fold", "AUC", "Brier", "ECE", "features", "λ", "training"], perFold);
  const cut = Math.floor(customers.length * 0.8);
  const split = evaluateTelcoSplit(customers.slice(0, cut), customers.slice(cut), [TELCO_LANDMARK_DAYS]);
  const landmarks = evaluateTelcoSplit(customers.slice(0, cut), customers.slice(cut), [7, 14, 30, 45, 60, 90, 120, 180, 270, 365]);
  console.log("\n### 80/20 split in file order (the split of bench/model-quality-real.ts)\n");
  printTable(
    [...HEADER, "training"],
    [
      row("churn model (one landmark)", split.model, [seconds(split.trainMs)]),
      row("churn model (default landmarks)", landmarks.model, [seconds(landmarks.trainMs)]),
      row("rules fallback", split.rules, ["-"]),
    ],
  );
}

// --- (b) synthetic portfolio ---------------------------------------------------------------------

/** Held-out accounts are scored this many days before their renewal (churn happens at renewal, inside the window). */
const PREDICT_DAYS_BEFORE = 45;

function heldOut(accounts: SimulatedAccount[]): LabelledAccount[] {
  return accounts.map((a) => ({ snapshot: a.example.snapshot, asOf: new Date(a.renewalDate.getTime() - PREDICT_DAYS_BEFORE * DAY_MS), churned: a.churned }));
}

/** A portfolio split in time: trained on the first two thirds of renewals, held out the rest. */
function portfolioSplit(seed: number): { portfolio: SimulatedAccount[]; train: SimulatedAccount[]; test: SimulatedAccount[]; cutoff: Date } {
  const portfolio = simulatePortfolio({ accounts: 9000, seed, firstRenewal: new Date("2026-01-01T00:00:00Z") });
  const sorted = [...portfolio].sort((a, b) => a.renewalDate.getTime() - b.renewalDate.getTime());
  const cut = Math.floor(sorted.length * (2 / 3));
  return { portfolio, train: sorted.slice(0, cut), test: sorted.slice(cut), cutoff: sorted[cut].renewalDate };
}

function synthetic(): void {
  const { portfolio, train, test, cutoff } = portfolioSplit(8);
  console.log(`\n## (b) Synthetic portfolio: ${portfolio.length} accounts (seed 8), ${portfolio.filter((a) => a.churned).length} churned\n`);
  console.log(
    `Trained on the ${train.length} accounts that renewed or churned before ${cutoff.toISOString().slice(0, 10)}; held out: the ${test.length} renewing after it, scored ${PREDICT_DAYS_BEFORE} days before their renewal.\n`,
  );
  const oracleAuc = auc(
    test.map((a) => a.oracle),
    test.map((a) => (a.churned ? 1 : 0)),
  );
  const labelled = heldOut(test);
  const rowsOut: string[][] = [];
  for (const size of [train.length, 400, 100, 40]) {
    const subset = train.slice(train.length - size);
    const started = performance.now();
    const model = trainChurnModel(
      subset.map((a) => a.example),
      { now: cutoff },
    );
    const ms = performance.now() - started;
    rowsOut.push(row(`churn model, ${size} training accounts (${model.churned} churned)`, evaluateChurnModel(model, labelled), [String(model.lambda), seconds(ms)]));
  }
  rowsOut.push(row("rules fallback", evaluateChurnModel(null, labelled), ["-", "-"]));
  const oracle = test.map((a) => a.oracle);
  const y: number[] = test.map((a) => (a.churned ? 1 : 0));
  const oracleMean = oracle.reduce((a, b) => a + b, 0) / oracle.length;
  console.log(
    `Oracle (the true probability) on the held-out accounts: AUC ${fmt(oracleAuc)}, mean ${fmt(oracleMean)} (observed rate ${fmt(y.reduce((a, b) => a + b, 0) / y.length)}).\n`,
  );
  printTable([...HEADER, "λ", "training"], rowsOut);
  console.log("\nOther seeds (same sizes, all training accounts):\n");
  const seedRows: string[][] = [];
  for (const seed of [9, 10]) {
    const s = portfolioSplit(seed);
    const ys = s.test.map((a) => (a.churned ? 1 : 0));
    const o = auc(
      s.test.map((a) => a.oracle),
      ys,
    ) as number;
    const model = trainChurnModel(
      s.train.map((a) => a.example),
      { now: s.cutoff },
    );
    const m = evaluateChurnModel(model, heldOut(s.test)).auc as number;
    const rl = evaluateChurnModel(null, heldOut(s.test)).auc as number;
    seedRows.push([String(seed), fmt(o), fmt(m), fmt(rl), fmt(o - m)]);
  }
  printTable(["seed", "oracle AUC", "model AUC", "rules AUC", "oracle − model"], seedRows);
}

// --- (c) speed ----------------------------------------------------------------------------------

function speed(): void {
  const generatedAt = performance.now();
  const portfolio = simulatePortfolio({ accounts: 10_000, seed: 9, firstRenewal: new Date("2026-01-01T00:00:00Z") });
  const generateMs = performance.now() - generatedAt;
  const signals = portfolio.reduce((a, p) => a + p.example.snapshot.signals.length, 0);
  const model = trainChurnModel(
    portfolio.slice(0, 3000).map((a) => a.example),
    { now: new Date("2027-01-01T00:00:00Z") },
  );
  const started = performance.now();
  let high = 0;
  for (const a of portfolio) {
    const p = predictChurn(model, a.example.snapshot, new Date(a.renewalDate.getTime() - PREDICT_DAYS_BEFORE * DAY_MS));
    if (p.riskCategory === "HIGH" || p.riskCategory === "CRITICAL") high += 1;
  }
  const ms = performance.now() - started;
  console.log(`\n## (c) Speed: featurize + predict (probability, factors, explanation, recommendations) for 10,000 accounts\n`);
  console.log(
    `${signals} signals in all (${(signals / portfolio.length).toFixed(0)} per account; generated in ${seconds(generateMs)}); model with ${model.encoder.features.length} features; each account scored ${PREDICT_DAYS_BEFORE} days before its renewal.`,
  );
  console.log(`predictChurn × 10,000: ${seconds(ms)} (${((ms * 1000) / portfolio.length).toFixed(0)} µs per account; ${high} HIGH or CRITICAL).`);
}

function main(): void {
  const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;
  console.log(`# Churn model quality and speed\n${machineSummary()}`);
  if (!only || only === "telco") telco();
  if (!only || only === "synthetic") synthetic();
  if (!only || only === "speed") speed();
}

main();
