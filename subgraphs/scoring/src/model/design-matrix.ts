// Training rows as a standardized design matrix (rows × features, y = 1 for a win within the horizon), row subsets and folds by lead.
import { encodeRows, type Encoder } from "./encoder";
import type { DesignMatrix } from "./logistic";
import type { TrainingRow } from "./landmarks";

/** The design matrix of training rows: one group per lead, each row weighted leads ÷ rows. */
export function designMatrix(encoder: Encoder, rows: TrainingRow[]): DesignMatrix {
  const x = encodeRows(encoder, rows);
  const y = Float64Array.from(rows, (r) => r.y);
  const groups = Int32Array.from(rows, (r) => r.lead);
  const base = Float64Array.from(encoder.means, (mean, j) => -mean / encoder.stds[j]);
  const leads = new Set(groups).size;
  return { x, y, n: rows.length, d: encoder.features.length, base, groups, rowWeight: rows.length > 0 ? leads / rows.length : 1 };
}

/** The given rows of a design matrix, in the given order (same row weight). */
export function subsetRows(data: DesignMatrix, rows: readonly number[]): DesignMatrix {
  const { d } = data;
  const x = new Float64Array(rows.length * d);
  const y = new Float64Array(rows.length);
  const groups = data.groups ? new Int32Array(rows.length) : undefined;
  rows.forEach((r, i) => {
    x.set(data.x.subarray(r * d, r * d + d), i * d);
    y[i] = data.y[r];
    if (groups && data.groups) groups[i] = data.groups[r];
  });
  return { x, y, n: rows.length, d, base: data.base, groups, rowWeight: data.rowWeight };
}

/** The lead of each row (its own index when the matrix has no groups). */
export function groupOf(data: Pick<DesignMatrix, "groups">, row: number): number {
  return data.groups ? data.groups[row] : row;
}

/** Rows per lead, leads in order of first appearance. */
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
 * Fold id per row with every lead's rows in one fold: leads (labelled by whether any of their rows
 * is a win) dealt round-robin by label, as stratifiedFolds does for rows.
 */
export function groupFolds(data: Pick<DesignMatrix, "groups" | "n" | "y">, k: number): number[] {
  const groups = rowsByGroup(data);
  const leadFold = stratifiedFolds(
    groups.map((rows) => (rows.some((r) => data.y[r] === 1) ? 1 : 0)),
    k,
  );
  const fold = new Array<number>(data.n).fill(0);
  groups.forEach((rows, g) => {
    for (const r of rows) fold[r] = leadFold[g];
  });
  return fold;
}
