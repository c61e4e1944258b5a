/** How good a clustering is: the mean silhouette (Rousseeuw 1987) and the adjusted Rand index against known labels (Hubert & Arabie 1985). Pure. */

export function squaredDistance(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += (a[j] - b[j]) ** 2;
  return sum;
}

/**
 * Mean silhouette over the points: for each, (b − a) / max(a, b) where a is its mean Euclidean
 * distance to the rest of its cluster and b the smallest mean distance to another cluster; a point
 * alone in its cluster scores 0. O(n²): pass a sample of a large set.
 */
export function silhouette(points: readonly number[][], labels: readonly number[]): number {
  const k = Math.max(...labels) + 1;
  if (k < 2 || points.length < 2) return 0;
  let total = 0;
  for (let i = 0; i < points.length; i++) {
    const sums = new Array<number>(k).fill(0);
    const counts = new Array<number>(k).fill(0);
    for (let j = 0; j < points.length; j++) {
      if (i === j) continue;
      sums[labels[j]] += Math.sqrt(squaredDistance(points[i], points[j]));
      counts[labels[j]]++;
    }
    const own = labels[i];
    if (counts[own] === 0) continue;
    const a = sums[own] / counts[own];
    let b = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) if (c !== own && counts[c] > 0) b = Math.min(b, sums[c] / counts[c]);
    if (Number.isFinite(b) && Math.max(a, b) > 0) total += (b - a) / Math.max(a, b);
  }
  return total / points.length;
}

/** Adjusted Rand index of two labelings of the same points: 1 for identical partitions, about 0 for chance agreement. */
export function adjustedRandIndex(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error("labelings differ in length");
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const table = new Map<string, number>();
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    table.set(`${a[i]}:${b[i]}`, (table.get(`${a[i]}:${b[i]}`) ?? 0) + 1);
    rows.set(a[i], (rows.get(a[i]) ?? 0) + 1);
    cols.set(b[i], (cols.get(b[i]) ?? 0) + 1);
  }
  let index = 0;
  for (const n of table.values()) index += pairs(n);
  let sumRows = 0;
  for (const n of rows.values()) sumRows += pairs(n);
  let sumCols = 0;
  for (const n of cols.values()) sumCols += pairs(n);
  const expected = (sumRows * sumCols) / pairs(a.length);
  const max = (sumRows + sumCols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
