// Unit tests: choosing the pull toward the parent from data.
import { describe, expect, it } from "vitest";
import { INTERCEPT_GRID, LAMBDA_GRID, effectiveParameters, selectLambda } from "./lambda-selection";
import { sigmoid, type DesignMatrix } from "./logistic";
import { mulberry32 } from "./synthetic";

function simulate(n: number, w: number[], seed: number): DesignMatrix {
  const rng = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(Math.max(rng(), 1e-12))) * Math.cos(2 * Math.PI * rng());
  const d = w.length;
  const x = new Float64Array(n * d);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = -0.5;
    for (let j = 0; j < d; j++) {
      x[i * d + j] = normal();
      z += w[j] * x[i * d + j];
    }
    y[i] = rng() < sigmoid(z) ? 1 : 0;
  }
  return { x, y, n, d };
}

const zero = (d: number) => ({ weights: new Float64Array(d), intercept: -0.5 });

describe("selectLambda", () => {
  it("keeps the parent's weights when there are fewer than 5 leads of one outcome", () => {
    const data: DesignMatrix = { x: Float64Array.from([1, -1, 0.5, 2, -2, 0, 1, 1]), y: Float64Array.from([1, 0, 0, 1, 0, 0, 0, 1]), n: 8, d: 1 };
    const s = selectLambda(data, zero(1), { interceptGrid: INTERCEPT_GRID });
    expect(s.lambda).toBe(LAMBDA_GRID[0]);
    expect(s.interceptLambda).toBe(10);
    expect(s.scores).toEqual([]);
  });

  it("lets plenty of data pull far from a wrong parent", () => {
    const data = simulate(1500, [1.5, -1, 0.8], 3);
    const s = selectLambda(data, zero(3));
    expect(s.lambda).toBeLessThanOrEqual(10);
    expect(s.scores[0].cvLogLoss).toBeGreaterThan(Math.min(...s.scores.map((x) => x.cvLogLoss)));
  });

  it("stays near a parent that is already right", () => {
    const data = simulate(300, [0, 0, 0], 4);
    expect(selectLambda(data, zero(3)).lambda).toBeGreaterThanOrEqual(100);
  });
});

describe("effectiveParameters", () => {
  it("falls from the number of weights toward zero as the pull grows", () => {
    const data = simulate(200, [1, 1, 1, 1], 5);
    const loose = effectiveParameters(data, 0.001);
    expect(loose).toBeGreaterThan(3.9);
    expect(loose).toBeLessThanOrEqual(4);
    expect(effectiveParameters(data, 10)).toBeLessThan(loose);
    expect(effectiveParameters(data, 1e6)).toBeLessThan(0.01);
  });
});
