// Unit tests: design matrices weigh each group once in total, and folds keep a group's rows together.
import { describe, expect, it } from "vitest";
import { designMatrixOf, groupFolds, rowsByGroup, subsetRows } from "./design-matrix";

describe("designMatrixOf", () => {
  it("weighs every row groups ÷ rows and records the standardized zero of each column", () => {
    const data = designMatrixOf({ means: [2, 3], stds: [4, 1] }, new Float64Array(8), Float64Array.from([1, 0, 0, 1]), Int32Array.from([7, 7, 7, 9]));
    expect(data.rowWeight).toBe(0.5);
    expect(Array.from(data.base ?? [])).toEqual([-0.5, -3]);
    expect([data.n, data.d]).toEqual([4, 2]);
  });
});

describe("groupFolds", () => {
  it("puts all rows of a group in one fold and spreads positive groups over the folds", () => {
    const groups = Int32Array.from([0, 0, 0, 1, 1, 2, 3, 3, 4, 5]);
    const y = Float64Array.from([0, 0, 1, 0, 0, 1, 0, 1, 0, 0]);
    const data = { n: 10, y, groups };
    const fold = groupFolds(data, 3);
    for (const rows of rowsByGroup(data)) expect(new Set(rows.map((r) => fold[r])).size).toBe(1);
    // Groups 0, 2 and 3 have a positive row: one in each fold.
    expect(new Set([fold[0], fold[5], fold[6]]).size).toBe(3);
    const subset = subsetRows(
      {
        ...designMatrixOf(
          { means: [0], stds: [1] },
          Float64Array.from({ length: 10 }, (_, i) => i),
          y,
          groups,
        ),
      },
      [9, 2],
    );
    expect(Array.from(subset.x)).toEqual([9, 2]);
    expect(Array.from(subset.groups ?? [])).toEqual([5, 0]);
    expect(subset.weights).toBeUndefined();
  });

  it("subsetRows keeps each row's own weight with the row", () => {
    const data = {
      ...designMatrixOf({ means: [0], stds: [1] }, Float64Array.from([1, 2, 3]), Float64Array.from([0, 1, 0]), Int32Array.from([0, 1, 2])),
      weights: Float64Array.from([0.25, 0.5, 1]),
    };
    const subset = subsetRows(data, [2, 0]);
    expect(Array.from(subset.weights ?? [])).toEqual([1, 0.25]);
    expect(subset.rowWeight).toBe(1);
  });
});
