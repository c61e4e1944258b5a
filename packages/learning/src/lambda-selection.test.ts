// Unit tests: choosing the pull toward the parent from data.
import { describe, expect, it } from "vitest";
import { INTERCEPT_GRID, LAMBDA_GRID, effectiveParameters, selectLambda, withinStandardErrors } from "./lambda-selection";
import { sigmoid, type DesignMatrix } from "./logistic";
import { mulberry32 } from "./random";

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

describe("selectLambda with per-row weights", () => {
  it("chooses as without weights when every weight is 1", () => {
    const data = simulate(600, [1, -0.5, 0.3], 6);
    const plain = selectLambda(data, zero(3), { interceptGrid: INTERCEPT_GRID });
    const ones = selectLambda({ ...data, weights: new Float64Array(data.n).fill(1) }, zero(3), { interceptGrid: INTERCEPT_GRID });
    expect(ones).toEqual(plain);
  });

  it("counts down-weighted rows as less evidence: a weak pull needs enough weighted events", () => {
    const data = simulate(400, [1.5, -1, 0.8], 7);
    const light = { ...data, weights: new Float64Array(data.n).fill(0.01) };
    // 400 rows at weight 0.01 hold about 4 rows' worth of each outcome: below the minimum, the parent stays.
    expect(selectLambda(data, zero(3)).lambda).toBeLessThanOrEqual(30);
    expect(selectLambda(light, zero(3)).lambda).toBe(LAMBDA_GRID[0]);
    expect(effectiveParameters(light, 1)).toBeLessThan(effectiveParameters(data, 1));
  });
});

describe("selectLambda with a preferred pull (the spread learned across reps)", () => {
  it("keeps the preferred pull and its intercept pull λ × interceptScale without enough data", () => {
    const data: DesignMatrix = { x: Float64Array.from([1, -1, 0.5, 2, -2, 0, 1, 1]), y: Float64Array.from([1, 0, 0, 1, 0, 0, 0, 1]), n: 8, d: 1 };
    const s = selectLambda(data, zero(1), { grid: [40, 10, 2.5, 0.6], preferred: 2.5, interceptScale: 8, interceptGrid: INTERCEPT_GRID });
    expect(s).toEqual({ lambda: 2.5, interceptLambda: 20, scores: [] });
  });

  it("gives ties to the preferred pull, not the strongest, and leaves it when the data clearly says so", () => {
    const right = simulate(300, [0, 0, 0], 4);
    const tie = selectLambda(right, zero(3), { grid: [1000, 100, 10, 1], preferred: 10, interceptScale: 1 });
    expect(tie.lambda).toBe(10);
    expect(tie.interceptLambda).toBe(10);
    const strong = simulate(1500, [1.5, -1, 0.8], 3);
    expect(selectLambda(strong, zero(3), { grid: [1000, 100, 10, 1], preferred: 100 }).lambda).toBeLessThanOrEqual(10);
  });

  it("withinStandardErrors walks from the preferred candidate toward the best", () => {
    const l = (...xs: number[]) => Float64Array.from(xs);
    // Candidate 1 is best; 2 is within one standard error of it; 0 and 3 are clearly worse.
    const losses = [l(1, 1, 1, 1), l(0.5, 0.6, 0.5, 0.6), l(0.53, 0.59, 0.53, 0.59), l(0.9, 0.9, 0.9, 0.9)];
    expect(withinStandardErrors(losses, 1, 3)).toBe(2);
    expect(withinStandardErrors(losses, 1, 0)).toBe(1);
    expect(withinStandardErrors(losses, 1, 1)).toBe(1);
    expect(withinStandardErrors(losses, 0, 3)).toBe(1);
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
