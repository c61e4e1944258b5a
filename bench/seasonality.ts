/**
 * Seasonality: the decomposition forecast (trend line × seasonal index) against seasonal naive (the
 * same month last year), by rolling-origin MAE and MAPE of the 1–3-month forecasts (every origin
 * from month 24 on), on simulated monthly series with a known trend, season and noise, and on the
 * demo's leads where they span enough months. `pnpm exec tsx bench/seasonality.ts`
 */
import { mulberry32, normal, poisson } from "@revgraph/learning";
import { PERIOD, rollingOriginBacktest, simulateSeasonalSeries, type BacktestResult } from "@revgraph/sales/models";
import { generateDemoData } from "../scripts/seed/generate";
import { machineSummary } from "./support/machine";

const SERIES = 50;
const MONTHS = 60;

interface Scenario {
  name: string;
  slope: (level: number, rng: () => number) => number;
  noiseSd: number;
  /** Counts drawn from a Poisson around the simulated value (lead volumes are counts). */
  counts: boolean;
  level: [number, number];
}

const SCENARIOS: Scenario[] = [
  { name: "trend + season + 8% noise", slope: (level, rng) => level * (0.005 + 0.015 * rng()), noiseSd: 0.08, counts: false, level: [100, 400] },
  { name: "season + 8% noise, no trend", slope: () => 0, noiseSd: 0.08, counts: false, level: [100, 400] },
  { name: "lead counts: Poisson around trend × season (level 20–60/month)", slope: (level, rng) => level * 0.01 * rng(), noiseSd: 0, counts: true, level: [20, 60] },
];

function randomIndices(rng: () => number): number[] {
  const amplitude = 0.1 + 0.3 * rng();
  const phase = 12 * rng();
  const raw = Array.from({ length: PERIOD }, (_, m) => 1 + amplitude * Math.sin((2 * Math.PI * (m - phase)) / PERIOD) + 0.05 * normal(rng));
  const mean = raw.reduce((a, b) => a + b, 0) / PERIOD;
  return raw.map((r) => r / mean);
}

interface Pooled {
  n: number;
  mae: number[];
  mape: number[];
  naiveMae: number[];
  naiveMape: number[];
  coverage: number[];
  width: number[];
  wins: number;
}

function pool(results: BacktestResult[], step: number | null): Pooled {
  const pick = (r: BacktestResult) => (step === null ? { model: r.model, seasonalNaive: r.seasonalNaive } : r.byStep[step - 1]!);
  const rows = results.map(pick);
  return {
    n: rows.reduce((a, r) => a + r.model.forecasts, 0),
    mae: rows.map((r) => r.model.mae),
    mape: rows.map((r) => r.model.mape ?? 0),
    naiveMae: rows.map((r) => r.seasonalNaive.mae),
    naiveMape: rows.map((r) => r.seasonalNaive.mape ?? 0),
    coverage: rows.map((r) => r.model.coverage ?? 0),
    width: rows.map((r) => r.model.relativeWidth ?? 0),
    wins: rows.filter((r) => r.model.mae < r.seasonalNaive.mae).length,
  };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function main(): void {
  console.log(machineSummary());
  console.log(`\n${SERIES} simulated series of ${MONTHS} months per scenario; MAE and MAPE averaged over series; rolling origins from month 24.\n`);
  console.log(
    "| scenario | horizon | forecasts | MAE model | MAE seasonal naive | MAPE model | MAPE seasonal naive | model better (series) | interval coverage | interval width ÷ forecast |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  SCENARIOS.forEach((scenario, s) => {
    const rng = mulberry32(1000 + s);
    const results: BacktestResult[] = [];
    for (let i = 0; i < SERIES; i += 1) {
      const level = scenario.level[0] + (scenario.level[1] - scenario.level[0]) * rng();
      const firstMonthOfYear = Math.floor(12 * rng());
      const smooth = simulateSeasonalSeries({
        months: MONTHS,
        firstMonthOfYear,
        level,
        slope: scenario.slope(level, rng),
        indices: randomIndices(rng),
        noiseSd: scenario.noiseSd,
        normal: () => normal(rng),
      });
      const values = scenario.counts ? smooth.map((v) => poisson(rng, v)) : smooth;
      results.push(rollingOriginBacktest(values, firstMonthOfYear, { noise: scenario.counts ? "count" : "relative" })!);
    }
    for (const step of [null, 1, 2, 3] as const) {
      const p = pool(results, step);
      console.log(
        `| ${scenario.name} | ${step === null ? "1–3 months" : `${step} month${step > 1 ? "s" : ""}`} | ${p.n} | ${mean(p.mae).toFixed(2)} | ${mean(p.naiveMae).toFixed(2)} | ${mean(p.mape).toFixed(1)}% | ${mean(p.naiveMape).toFixed(1)}% | ${p.wins}/${SERIES} | ${(100 * mean(p.coverage)).toFixed(1)}% | ${(100 * mean(p.width)).toFixed(1)}% |`,
      );
    }
  });

  const demo = generateDemoData({ now: new Date("2025-06-01T12:00:00Z") });
  console.log("\n| demo organization | leads | months with leads (first – last) | backtest |");
  console.log("| --- | --- | --- | --- |");
  for (const org of ["org-acme-realty", "org-summit-homes"]) {
    const months = new Map<string, number>();
    for (const lead of demo.leads.filter((l) => l.organizationId === org)) {
      const key = lead.createdAt.toISOString().slice(0, 7);
      months.set(key, (months.get(key) ?? 0) + 1);
    }
    const keys = [...months.keys()].sort();
    const total = [...months.values()].reduce((a, b) => a + b, 0);
    const values = keys.map((k) => months.get(k)!);
    const result = rollingOriginBacktest(values, Number(keys[0]!.slice(5, 7)) - 1, { noise: "count" });
    const verdict = result
      ? `MAE ${result.model.mae.toFixed(1)} vs seasonal naive ${result.seasonalNaive.mae.toFixed(1)}`
      : "not possible: a forecast origin needs 24 months of history and a month after it";
    console.log(`| ${org} | ${total} | ${keys.length} (${keys[0]} – ${keys.at(-1)}) | ${verdict} |`);
  }
}

main();
