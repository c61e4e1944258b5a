// Design matrices from encoded rows (one group per subject, each row weighted groups ÷ rows), row subsets and folds by group.
import type { DesignMatrix } from "./logistic";

/** What a design matrix needs of an encoder: how each column was standardized. */
export interface ColumnScaling {
  means: readonly number[];
  stds: readonly number[];
}

/**
 * A design matrix from standardized rows `x` (n × d, row-major), labels and each row's group:
 * each row weighted groups ÷ rows, so the data counts each group once in total against the penalty.
 */
export function designMatrixOf(scaling: ColumnScaling, x: Float64Array, y: Float64Array, groups: Int32Array): DesignMatrix {
  const d = scaling.means.length;
  const n = y.length;
  const base = Float64Array.from(scaling.means, (mean, j) => -mean / scaling.stds[j]);
  const count = new Set(groups).size;
  return { x, y, n, d, base, groups, rowWeight: n > 0 ? count / n : 1 };
}

/** The given rows of a design matrix, in the given order (same row weight, each row keeping its own weight). */
export function subsetRows(data: DesignMatrix, rows: readonly number[]): DesignMatrix {
  const { d } = data;
  const x = new Float64Array(rows.length * d);
  const y = new Float64Array(rows.length);
  const groups = data.groups ? new Int32Array(rows.length) : undefined;
  const weights = data.weights ? new Float64Array(rows.length) : undefined;
  rows.forEach((r, i) => {
    x.set(data.x.subarray(r * d, r * d + d), i * d);
    y[i] = data.y[r];
    if (groups && data.groups) groups[i] = data.groups[r];
    if (weights && data.weights) weights[i] = data.weights[r];
  });
  return { x, y, n: rows.length, d, base: data.base, groups, rowWeight: data.rowWeight, ...(weights ? { weights } : {}) };
}

/** The group of each row (its own index when the matrix has no groups). */
export function groupOf(data: Pick<DesignMatrix, "groups">, row: number): number {
  return data.groups ? data.groups[row] : row;
}

/** Rows per group, groups in order of first appearance. */
export function rowsByGroup(data: Pick<DesignMatrix, "groups" | "n">): number[][] {
  const byGroup = new Map<number, number[]>();
  for (let i = 0; i < data.n; i++) {
    const g = groupOf(data, i);
    const rows = byGroup.get(g);
    if (rows) rows.push(i);
    else byGroup.set(g, [i]);
  }
  return [...byGroup.values()];
}

/** Fold id per row: positives and negatives dealt round-robin so every fold gets both classes when possible. */
export function stratifiedFolds(y: ArrayLike<number>, k: number): number[] {
  const fold = new Array<number>(y.length).fill(0);
  let next = 0;
  for (const label of [1, 0]) {
    for (let i = 0; i < y.length; i++) {
      if (y[i] !== label) continue;
      fold[i] = next % k;
      next += 1;
    }
  }
  return fold;
}

/**
 * Fold id per row with every group's rows in one fold: groups (labelled by whether any of their rows
 * is positive) dealt round-robin by label, as stratifiedFolds does for rows.
 */
export function groupFolds(data: Pick<DesignMatrix, "groups" | "n" | "y">, k: number): number[] {
  const groups = rowsByGroup(data);
  const groupFold = stratifiedFolds(
    groups.map((rows) => (rows.some((r) => data.y[r] === 1) ? 1 : 0)),
    k,
  );
  const fold = new Array<number>(data.n).fill(0);
  groups.forEach((rows, g) => {
    for (const r of rows) fold[r] = groupFold[g];
  });
  return fold;
}
