// Unit tests: Cholesky helpers and the penalized logistic regression solver.
import { describe, expect, it } from "vitest";
import { choleskyInPlace, choleskySolve, inverseDiagonal } from "./linalg";
import { fitLogistic, laplaceApproximation, sigmoid, type DesignMatrix } from "./logistic";
import { mulberry32 } from "./random";

function simulate(n: number, w: number[], b: number, seed: number): DesignMatrix {
  const rng = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(Math.max(rng(), 1e-12))) * Math.cos(2 * Math.PI * rng());
  const d = w.length;
  const x = new Float64Array(n * d);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = b;
    for (let j = 0; j < d; j++) {
      x[i * d + j] = normal();
      z += w[j] * x[i * d + j];
    }
    y[i] = rng() < sigmoid(z) ? 1 : 0;
  }
  return { x, y, n, d };
}

const zero = (d: number) => ({ weights: new Float64Array(d), intercept: 0 });

describe("linear algebra", () => {
  it("solves and inverts a symmetric positive-definite matrix via Cholesky", () => {
    const a = Float64Array.from([4, 2, 0.6, 2, 5, 1, 0.6, 1, 3]);
    const l = Float64Array.from(a);
    expect(choleskyInPlace(l, 3)).toBe(true);
    const x = choleskySolve(l, 3, [1, 2, 3]);
    for (let i = 0; i < 3; i++) {
      let s = 0;
      for (let j = 0; j < 3; j++) s += a[i * 3 + j] * x[j];
      expect(s).toBeCloseTo([1, 2, 3][i], 12);
    }
    const diag = inverseDiagonal(l, 3);
    for (let i = 0; i < 3; i++) {
      const e = [0, 0, 0];
      e[i] = 1;
      expect(diag[i]).toBeCloseTo(choleskySolve(l, 3, e)[i], 12);
    }
    expect(choleskyInPlace(Float64Array.from([1, 2, 2, 1]), 2)).toBe(false);
  });
});

describe("fitLogistic", () => {
  it("recovers known coefficients from simulated data", () => {
    const data = simulate(20_000, [1, -2, 0.5], -0.5, 1);
    const fit = fitLogistic(data, zero(3), { lambda: 0.01, interceptLambda: 0.01 });
    expect(fit.converged).toBe(true);
    expect(fit.weights[0]).toBeCloseTo(1, 1);
    expect(fit.weights[1]).toBeCloseTo(-2, 1);
    expect(fit.weights[2]).toBeCloseTo(0.5, 1);
    expect(fit.intercept).toBeCloseTo(-0.5, 1);
  });

  it("is pulled to the prior mean, not to zero, as λ grows", () => {
    const data = simulate(200, [1, -2], 0, 2);
    const prior = { weights: Float64Array.from([3, 3]), intercept: 0 };
    const strong = fitLogistic(data, prior, { lambda: 1e6 });
    expect(strong.weights[0]).toBeCloseTo(3, 2);
    expect(strong.weights[1]).toBeCloseTo(3, 2);
    const weak = fitLogistic(data, prior, { lambda: 1e-3 });
    expect(weak.weights[1]).toBeLessThan(-1);
  });

  it("returns the prior without data and is deterministic", () => {
    const empty: DesignMatrix = { x: new Float64Array(0), y: new Float64Array(0), n: 0, d: 2 };
    const prior = { weights: Float64Array.from([0.4, -0.2]), intercept: -1 };
    const fit = fitLogistic(empty, prior, { lambda: 1 });
    expect(Array.from(fit.weights)).toEqual([0.4, -0.2]);
    expect(fit.intercept).toBe(-1);
    const data = simulate(500, [1, 0.5], 0.2, 3);
    const a = fitLogistic(data, zero(2), { lambda: 0.5 });
    const b = fitLogistic(data, zero(2), { lambda: 0.5 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
  });

  it("stays finite on perfectly separable data thanks to the penalty", () => {
    const data: DesignMatrix = { x: Float64Array.from([-2, -1, 1, 2]), y: Float64Array.from([0, 0, 1, 1]), n: 4, d: 1 };
    const fit = fitLogistic(data, zero(1), { lambda: 0.1 });
    expect(Number.isFinite(fit.weights[0])).toBe(true);
    expect(fit.weights[0]).toBeGreaterThan(1);
  });

  it("gives the same fit with the sparse Gram matrix as with the dense one", () => {
    // One-hot-like columns: mostly the baseline value, sometimes shifted.
    const rng = mulberry32(9);
    const n = 400;
    const d = 6;
    const base = Float64Array.from({ length: d }, (_, j) => -0.3 * (j + 1));
    const x = new Float64Array(n * d);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < d; j++) x[i * d + j] = rng() < 0.15 ? base[j] + 2 * rng() : base[j];
      y[i] = rng() < sigmoid(x[i * d] - x[i * d + 1]) ? 1 : 0;
    }
    const sparse = fitLogistic({ x, y, n, d, base }, zero(d), { lambda: 0.3 });
    const dense = fitLogistic({ x, y, n, d }, zero(d), { lambda: 0.3 });
    for (let j = 0; j < d; j++) expect(sparse.weights[j]).toBeCloseTo(dense.weights[j], 10);
    expect(sparse.intercept).toBeCloseTo(dense.intercept, 10);
  });

  it("weighs a row of weight 2 as two copies of it", () => {
    const data = simulate(300, [1, -0.5], 0.3, 6);
    const d = data.d;
    // Weight 2 on every third row; the duplicated matrix repeats those rows.
    const weights = Float64Array.from({ length: data.n }, (_, i) => (i % 3 === 0 ? 2 : 1));
    const rows = Array.from({ length: data.n }, (_, i) => (i % 3 === 0 ? [i, i] : [i])).flat();
    const x = new Float64Array(rows.length * d);
    rows.forEach((r, k) => x.set(data.x.subarray(r * d, r * d + d), k * d));
    const duplicated: DesignMatrix = { x, y: Float64Array.from(rows, (r) => data.y[r]), n: rows.length, d };
    const weighted = fitLogistic({ ...data, weights, rowWeight: 0.5 }, zero(d), { lambda: 0.7 });
    const copies = fitLogistic({ ...duplicated, rowWeight: 0.5 }, zero(d), { lambda: 0.7 });
    for (let j = 0; j < d; j++) expect(weighted.weights[j]).toBeCloseTo(copies.weights[j], 10);
    expect(weighted.intercept).toBeCloseTo(copies.intercept, 10);
    expect(weighted.objective).toBeCloseTo(copies.objective, 8);
    const precision = Float64Array.from([1.4, 1.4, 1]);
    const a = laplaceApproximation({ ...data, weights, rowWeight: 0.5 }, weighted, precision).variances;
    const b = laplaceApproximation({ ...duplicated, rowWeight: 0.5 }, copies, precision).variances;
    for (let j = 0; j <= d; j++) expect(a[j]).toBeCloseTo(b[j], 10);
  });

  it("gives exactly the unweighted fit with weights all 1", () => {
    const data = simulate(400, [0.8, -1.2, 0.1], -0.4, 7);
    const plain = fitLogistic(data, zero(3), { lambda: 0.3 });
    const ones = fitLogistic({ ...data, weights: new Float64Array(data.n).fill(1) }, zero(3), { lambda: 0.3 });
    expect(Array.from(ones.weights)).toEqual(Array.from(plain.weights));
    expect(ones.intercept).toBe(plain.intercept);
    expect(ones.objective).toBe(plain.objective);
  });

  it("follows the heavily weighted rows when two halves of the data disagree", () => {
    // Old rows say x raises the odds, new rows that it lowers them: recency weights side with the new.
    const old = simulate(500, [1.5], 0, 8);
    const recent = simulate(500, [-1.5], 0, 9);
    const data: DesignMatrix = { x: Float64Array.from([...old.x, ...recent.x]), y: Float64Array.from([...old.y, ...recent.y]), n: 1000, d: 1 };
    const weights = Float64Array.from({ length: 1000 }, (_, i) => (i < 500 ? 0.05 : 1));
    expect(fitLogistic(data, zero(1), { lambda: 0.1 }).weights[0]).toBeGreaterThan(-0.3);
    expect(fitLogistic({ ...data, weights }, zero(1), { lambda: 0.1 }).weights[0]).toBeLessThan(-1);
  });

  it("posterior variances shrink with more data", () => {
    const small = simulate(100, [1], 0, 4);
    const large = simulate(10_000, [1], 0, 4);
    const precision = Float64Array.from([0.01, 0.01]);
    const vs = laplaceApproximation(small, fitLogistic(small, zero(1), { lambda: 0.005 }), precision).variances;
    const vl = laplaceApproximation(large, fitLogistic(large, zero(1), { lambda: 0.005 }), precision).variances;
    expect(vl[0]).toBeLessThan(vs[0] / 50);
  });
});
