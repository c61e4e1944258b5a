import { mulberry32 } from "@revgraph/learning";
import { describe, expect, it } from "vitest";
import { bgNbdLogLikelihood, expectedPurchases, fitBgNbd, probabilityAlive } from "./bg-nbd";
import { expectedSpend, fitGammaGamma } from "./gamma-gamma";
import { averagePastSpend, estimateLifetimeValue, fitLifetimeValue, summarize, WEEK_MS, type LifetimeValueParameters } from "./lifetime-value";
import { minimize } from "./nelder-mead";
import { simulateTransactions } from "./simulate";
import { gamma, logGamma } from "./special-functions";

// The CDNOW parameters of FHL 2005 (r, α, a, b) and plausible Gamma-Gamma ones.
const TRUTH: LifetimeValueParameters = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, p: 6.25, q: 3.74, gamma: 15.44 };
const START = new Date("2023-01-01T00:00:00Z");
const CALIBRATION_END = new Date(START.getTime() + 52 * WEEK_MS);

describe("special functions", () => {
  it("logGamma matches known values", () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(100.5)).toBeCloseTo(361.4355404, 6);
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 10);
  });

  it("gamma draws have the right mean and variance", () => {
    const rng = mulberry32(1);
    const draws = Array.from({ length: 50_000 }, () => gamma(rng, 0.7, 2));
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length;
    expect(mean).toBeCloseTo(0.35, 2);
    expect(variance).toBeCloseTo(0.175, 2);
  });

  it("Nelder–Mead finds the minimum of the Rosenbrock function", () => {
    const result = minimize(([x, y]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2, [-1.2, 1], { tolerance: 1e-14 });
    expect(result.x[0]).toBeCloseTo(1, 3);
    expect(result.x[1]).toBeCloseTo(1, 3);
  });
});

describe("BG/NBD", () => {
  it("reproduces the CDNOW log-likelihood of FHL 2005 for one customer history", () => {
    // A customer with x = 2, tx = 30.43, T = 38.86 under the paper's estimates: hand-computed from eq. 6.
    const { r, alpha, a, b } = TRUTH;
    const x = 2;
    const tx = 30.43;
    const T = 38.86;
    const A1 = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
    const A2 = logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x);
    const A3 = -(r + x) * Math.log(alpha + T);
    const A4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
    expect(bgNbdLogLikelihood(TRUTH, { x, tx, T })).toBeCloseTo(A1 + A2 + Math.log(Math.exp(A3) + Math.exp(A4)), 10);
  });

  it("recovers known parameters from 4,000 simulated customers", () => {
    const transactions = simulateTransactions(TRUTH, { customers: 4000, start: START, acquisitionWeeks: 12, end: CALIBRATION_END }, mulberry32(7));
    const customers = [...summarize(transactions, CALIBRATION_END).values()];
    const { parameters } = fitBgNbd(customers.map((c) => c.history));
    expect(parameters.r).toBeGreaterThan(TRUTH.r * 0.75);
    expect(parameters.r).toBeLessThan(TRUTH.r * 1.3);
    expect(parameters.alpha).toBeGreaterThan(TRUTH.alpha * 0.6);
    expect(parameters.alpha).toBeLessThan(TRUTH.alpha * 1.6);
    expect(parameters.a / (parameters.a + parameters.b)).toBeCloseTo(TRUTH.a / (TRUTH.a + TRUTH.b), 1);
    const spend = fitGammaGamma(customers.map((c) => c.spend)).parameters;
    const populationMean = (p: { p: number; q: number; gamma: number }) => (p.p * p.gamma) / (p.q - 1);
    expect(populationMean(spend) / populationMean(TRUTH)).toBeGreaterThan(0.85);
    expect(populationMean(spend) / populationMean(TRUTH)).toBeLessThan(1.15);
  });

  it.each([
    ["a < 1", TRUTH],
    ["a > 1", { ...TRUTH, a: 3.5, b: 12 }],
  ])("computes expected purchases that agree with simulating the posterior (%s)", (_, params) => {
    const history = { x: 3, tx: 20, T: 40 };
    const rng = mulberry32(3);
    const alive = probabilityAlive(params, history);
    let total = 0;
    const draws = 100_000;
    for (let i = 0; i < draws; i++) {
      if (rng() >= alive) continue;
      const lambda = gamma(rng, params.r + history.x, params.alpha + history.T);
      const pg = gamma(rng, params.a, 1);
      const p = pg / (pg + gamma(rng, params.b + history.x, 1));
      // Purchases in 52 weeks: Poisson arrivals until the horizon or dropout.
      let t = 0;
      for (;;) {
        t += -Math.log(1 - rng()) / lambda;
        if (t > 52) break;
        total++;
        if (rng() < p) break;
      }
    }
    expect(expectedPurchases(params, history, 52)).toBeCloseTo(total / draws, 1);
  });

  it("computes expected purchases for a concentrated dropout distribution (large a and b) as a constant-rate buyer's", () => {
    // Regression: with a = 12.6 the integral over u = p^a missed the mass near p = 0.17 and gave ~1e-9.
    const params = { r: 1.732, alpha: 8.81, a: 12.58, b: 60.95 };
    const history = { x: 0, tx: 0, T: 10 };
    // Alive, λ ≈ r/(α + T) per week, little dropout within 8 weeks: close to 8 λ, a little below.
    const rate = params.r / (params.alpha + history.T);
    expect(expectedPurchases(params, history, 8)).toBeGreaterThan(8 * rate * 0.8);
    expect(expectedPurchases(params, history, 8)).toBeLessThan(8 * rate);
  });

  it("says a customer who stopped buying long ago is less likely alive than one who just bought", () => {
    expect(probabilityAlive(TRUTH, { x: 4, tx: 5, T: 50 })).toBeLessThan(probabilityAlive(TRUTH, { x: 4, tx: 49, T: 50 }));
    expect(probabilityAlive(TRUTH, { x: 0, tx: 0, T: 50 })).toBe(1);
  });
});

describe("lifetime value", () => {
  it("beats average past spend on a simulated holdout year, and its intervals cover about 90% of customers", () => {
    const end = new Date(CALIBRATION_END.getTime() + 52 * WEEK_MS);
    const transactions = simulateTransactions(TRUTH, { customers: 1500, start: START, acquisitionWeeks: 26, end }, mulberry32(11));
    const calibration = summarize(transactions, CALIBRATION_END);
    const fit = fitLifetimeValue([...calibration.values()]);
    expect(fit).not.toBeNull();
    const actual = new Map<string, number>();
    for (const t of transactions) if (t.at > CALIBRATION_END) actual.set(t.customerId, (actual.get(t.customerId) ?? 0) + t.value);
    let modelError = 0;
    let baselineError = 0;
    let covered = 0;
    for (const [id, customer] of calibration) {
      const truth = actual.get(id) ?? 0;
      const estimate = estimateLifetimeValue(fit!.parameters, customer, 52, id);
      modelError += Math.abs(estimate.expectedRevenue - truth);
      baselineError += Math.abs(averagePastSpend(customer, 52) - truth);
      if (truth >= estimate.low && truth <= estimate.high) covered++;
    }
    expect(modelError).toBeLessThan(baselineError * 0.8);
    expect(covered / calibration.size).toBeGreaterThan(0.85);
  });

  it("gives finite estimates when every customer buys like clockwork (the fit runs to its bounds) and when prices are in the millions", () => {
    const day = 86_400_000;
    const asOf = new Date(START.getTime() + 300 * day);
    const clockwork = Array.from({ length: 40 }, (_, i) =>
      Array.from({ length: 2 + (i % 5) }, (_, k) => ({ customerId: `c${i}`, at: new Date(START.getTime() + (i + 14 * k) * day), value: 2_000_000 + 100_000 * (i % 3) })),
    ).flat();
    const customers = summarize(clockwork, asOf);
    const fit = fitLifetimeValue([...customers.values()])!;
    const estimate = estimateLifetimeValue(fit.parameters, customers.get("c7")!, 52, "c7");
    expect(estimate, JSON.stringify({ estimate, fit })).toSatisfy((e: object) => Object.values(e).every(Number.isFinite));
    expect(expectedSpend(fit.parameters, customers.get("c7")!.spend)).toBeGreaterThan(1_900_000);
    expect(expectedSpend(fit.parameters, customers.get("c7")!.spend)).toBeLessThan(2_300_000);
  });

  it("needs enough customers and at least one repeat purchase to fit", () => {
    const one = (id: string) => ({ customerId: id, at: START, value: 10 });
    const singles = summarize(
      Array.from({ length: 50 }, (_, i) => one(`c${i}`)),
      CALIBRATION_END,
    );
    expect(fitLifetimeValue([...singles.values()])).toBeNull();
    expect(fitLifetimeValue([])).toBeNull();
  });

  it("counts purchases on one day as one transaction, models spend on repeat purchases, and ignores purchases after asOf", () => {
    const at = (days: number) => new Date(START.getTime() + days * 86_400_000);
    const summary = summarize(
      [
        { customerId: "a", at: at(0), value: 10 },
        { customerId: "a", at: new Date(at(0).getTime() + 3600_000), value: 5 },
        { customerId: "a", at: at(14), value: 30 },
        { customerId: "a", at: at(100), value: 99 },
      ],
      at(28),
    ).get("a")!;
    expect(summary.history).toEqual({ x: 1, tx: 2, T: 4 });
    expect(summary.spend).toEqual({ n: 1, mean: 30 });
    expect(summary.repeatTotal).toBe(30);
    expect(expectedSpend(TRUTH, summary.spend)).toBeGreaterThan(0);
  });
});
