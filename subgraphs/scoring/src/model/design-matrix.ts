// Closed leads as a standardized design matrix (rows × features, WON = 1), and row subsets of one.
import { encodeLeads, type Encoder } from "./encoder";
import type { LeadFacts } from "./features";
import type { DesignMatrix } from "./logistic";

/** The standardized design matrix of closed leads (y = 1 for WON). */
export function designMatrix(encoder: Encoder, closedFacts: LeadFacts[], now: Date): DesignMatrix {
  const x = encodeLeads(encoder, closedFacts, now);
  const y = Float64Array.from(closedFacts, (f) => (f.outcome === "WON" ? 1 : 0));
  const base = Float64Array.from(encoder.means, (mean, j) => -mean / encoder.stds[j]);
  return { x, y, n: closedFacts.length, d: encoder.features.length, base };
}

/** The given rows of a design matrix, in the given order. */
export function subsetRows(data: DesignMatrix, rows: readonly number[]): DesignMatrix {
  const { d } = data;
  const x = new Float64Array(rows.length * d);
  const y = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    x.set(data.x.subarray(r * d, r * d + d), i * d);
    y[i] = data.y[r];
  });
  return { x, y, n: rows.length, d, base: data.base };
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
