/**
 * Lifetime value backtest: fit BG/NBD + Gamma-Gamma on a calibration period, predict each
 * customer's revenue in the holdout period, and compare with "average past spend × periods".
 * On synthetic customers drawn from the model with known parameters, and on the demo data.
 * `pnpm exec tsx bench/lifetime-value.ts`
 */
import { mulberry32 } from "@revgraph/learning";
import {
  averagePastSpend,
  estimateLifetimeValue,
  fitLifetimeValue,
  simulateTransactions,
  summarize,
  WEEK_MS,
  type LifetimeValueParameters,
  type Transaction,
} from "@revgraph/personalization/models";
import { generateDemoData } from "../scripts/seed/generate";
import { DEMO_LIFETIME_TRUTH } from "../scripts/seed/generate-commerce";
import { machineSummary } from "./support/machine";

interface Row {
  label: string;
  customers: number;
  actualTotal: number;
  model: { mae: number; total: number; coverage: number };
  truth?: { mae: number; total: number };
  baseline: { mae: number; total: number };
  fitted: LifetimeValueParameters;
  seconds: number;
}

function backtest(label: string, transactions: readonly Transaction[], cutoff: Date, end: Date, truth?: LifetimeValueParameters): Row {
  const started = performance.now();
  const calibration = summarize(transactions, cutoff);
  const fit = fitLifetimeValue([...calibration.values()]);
  if (!fit) throw new Error(`${label}: no model could be fitted`);
  const seconds = (performance.now() - started) / 1000;
  const horizon = (end.getTime() - cutoff.getTime()) / WEEK_MS;
  const actual = new Map<string, number>();
  for (const t of transactions) if (t.at > cutoff && t.at <= end && calibration.has(t.customerId)) actual.set(t.customerId, (actual.get(t.customerId) ?? 0) + t.value);
  const sums = { model: 0, truth: 0, baseline: 0, actual: 0, modelAbs: 0, truthAbs: 0, baselineAbs: 0, covered: 0 };
  for (const [id, customer] of calibration) {
    const y = actual.get(id) ?? 0;
    const m = estimateLifetimeValue(fit.parameters, customer, horizon, id);
    const b = averagePastSpend(customer, horizon);
    sums.actual += y;
    sums.model += m.expectedRevenue;
    sums.modelAbs += Math.abs(m.expectedRevenue - y);
    sums.baseline += b;
    sums.baselineAbs += Math.abs(b - y);
    if (y >= m.low && y <= m.high) sums.covered++;
    if (truth) {
      const t = estimateLifetimeValue(truth, customer, horizon, id).expectedRevenue;
      sums.truth += t;
      sums.truthAbs += Math.abs(t - y);
    }
  }
  const n = calibration.size;
  const rel = (predicted: number) => (predicted - sums.actual) / sums.actual;
  return {
    label,
    customers: n,
    actualTotal: sums.actual,
    model: { mae: sums.modelAbs / n, total: rel(sums.model), coverage: sums.covered / n },
    truth: truth ? { mae: sums.truthAbs / n, total: rel(sums.truth) } : undefined,
    baseline: { mae: sums.baselineAbs / n, total: rel(sums.baseline) },
    fitted: fit.parameters,
    seconds,
  };
}

const fmt = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 2 });
const pct = (x: number) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
const params = (p: LifetimeValueParameters) =>
  `r ${p.r.toFixed(3)}, α ${p.alpha.toFixed(2)}, a ${p.a.toFixed(3)}, b ${p.b.toFixed(2)}; p ${p.p.toFixed(2)}, q ${p.q.toFixed(2)}, γ ${fmt(p.gamma)}`;

function main(): void {
  console.log(machineSummary());
  const rows: { row: Row; truth?: LifetimeValueParameters }[] = [];

  // Synthetic: the CDNOW estimates of FHL 2005 (weeks), a 39-week calibration and a 39-week holdout.
  const cdnow: LifetimeValueParameters = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, p: 6.25, q: 3.74, gamma: 15.44 };
  const start = new Date("2024-01-01T00:00:00Z");
  const cutoff = new Date(start.getTime() + 39 * WEEK_MS);
  const end = new Date(cutoff.getTime() + 39 * WEEK_MS);
  for (const seed of [1, 2, 3]) {
    const transactions = simulateTransactions(cdnow, { customers: 5000, start, acquisitionWeeks: 12, end }, mulberry32(seed));
    rows.push({ row: backtest(`synthetic CDNOW-like, seed ${seed}`, transactions, cutoff, end, cdnow), truth: cdnow });
  }

  // Demo: repeat purchases follow DEMO_LIFETIME_TRUTH; the last 8 weeks are held out.
  const now = new Date("2025-06-01T12:00:00Z");
  const demo = generateDemoData({ now });
  const demoCutoff = new Date(now.getTime() - 8 * WEEK_MS);
  for (const org of ["org-acme-realty", "org-summit-homes"]) {
    const transactions = demo.purchases.filter((p) => p.organizationId === org).map((p) => ({ customerId: p.leadId, at: p.occurredAt, value: p.total }));
    rows.push({ row: backtest(`demo ${org}`, transactions, demoCutoff, now, DEMO_LIFETIME_TRUTH), truth: DEMO_LIFETIME_TRUTH });
  }

  console.log("\n| data | customers | holdout revenue | MAE model | MAE true parameters | MAE baseline | total error model | total error baseline | 90% interval coverage | fit |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const { row } of rows) {
    console.log(
      `| ${row.label} | ${row.customers} | ${fmt(row.actualTotal)} | ${fmt(row.model.mae)} | ${row.truth ? fmt(row.truth.mae) : "–"} | ${fmt(row.baseline.mae)} | ${pct(row.model.total)} | ${pct(row.baseline.total)} | ${(row.model.coverage * 100).toFixed(1)}% | ${row.seconds.toFixed(2)} s |`,
    );
  }
  console.log("\nFitted parameters (truth in brackets):");
  for (const { row, truth } of rows) console.log(`- ${row.label}: ${params(row.fitted)}${truth ? ` [${params(truth)}]` : ""}`);
}

main();
