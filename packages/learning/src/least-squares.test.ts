// Unit tests: the least-squares line against hand-computed fits and exact lines.
import { describe, expect, it } from "vitest";
import { leastSquaresLine } from "./least-squares";

describe("leastSquaresLine", () => {
  it("fits the hand-computed line through four scattered points", () => {
    // x̄ = 1.5, ȳ = 2.75, Sxx = 5, Sxy = 5.5 → slope 1.1, intercept 2.75 − 1.1 × 1.5 = 1.1.
    const line = leastSquaresLine([
      { x: 0, y: 1 },
      { x: 1, y: 3 },
      { x: 2, y: 2 },
      { x: 3, y: 5 },
    ]);
    expect(line.slope).toBeCloseTo(1.1, 12);
    expect(line.intercept).toBeCloseTo(1.1, 12);
  });

  it("recovers an exact line from unevenly spaced, unordered points", () => {
    const xs = [7, -2, 0.5, 13, 4];
    const line = leastSquaresLine(xs.map((x) => ({ x, y: 3 - 2 * x })));
    expect(line.slope).toBeCloseTo(-2, 12);
    expect(line.intercept).toBeCloseTo(3, 12);
  });

  it("is flat at the mean of y when every x is the same", () => {
    expect(
      leastSquaresLine([
        { x: 4, y: 1 },
        { x: 4, y: 6 },
      ]),
    ).toEqual({ intercept: 3.5, slope: 0 });
    expect(leastSquaresLine([{ x: 9, y: 2 }])).toEqual({ intercept: 2, slope: 0 });
  });
});
