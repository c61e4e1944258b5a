// Unit test: the org model with some rows left out, by one Newton step, matches refitting without them.
import { describe, expect, it } from "vitest";
import { fitLevel, mulberry32, sigmoid, type DesignMatrix } from "@revgraph/learning";
import { orgWithoutRows } from "./evaluate";

/** Landmark-like data: each lead counted by several rows, so each row weighs leads ÷ rows. */
function data(n: number, rowWeight: number, seed: number): DesignMatrix {
  const rng = mulberry32(seed);
  const d = 3;
  const x = new Float64Array(n * d);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = -0.5;
    for (let j = 0; j < d; j++) {
      x[i * d + j] = rng() * 2 - 1;
      z += [1.5, -1, 0.5][j] * x[i * d + j];
    }
    y[i] = rng() < sigmoid(z) ? 1 : 0;
  }
  return { x, y, n, d, groups: Int32Array.from({ length: n }, (_, i) => i), rowWeight };
}

describe("orgWithoutRows", () => {
  it("leaves rows out by one Newton step about as a refit does, rows weighted as the fit weighed them", () => {
    const train = data(2000, 0.25, 7);
    const prior = { weights: new Float64Array(3), intercept: 0 };
    const fit = fitLevel(train, prior, null, { lambda: 1 });
    const rows = Array.from({ length: 60 }, (_, i) => i * 30);
    const step = orgWithoutRows({ data: train, fit, prior }, rows);
    const refit = orgWithoutRows({ data: train, fit, prior }, rows, 0);
    const moved = Math.hypot(...Array.from(refit.weights, (w, j) => w - fit.weights[j]));
    const missed = Math.hypot(...Array.from(step.weights, (w, j) => w - refit.weights[j]));
    expect(moved).toBeGreaterThan(0.01);
    expect(missed).toBeLessThan(0.1 * moved);
  });
});
