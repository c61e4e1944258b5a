// The weighted Gram matrix Xᵀ diag(v) X (intercept column appended) behind every Newton step, dense or sparse-aware.
import type { DesignMatrix } from "./logistic";

/**
 * How to build the Gram matrix of a design matrix. Standardized one-hot and count columns are
 * constant (the standardized zero, `base`) on most rows; writing x = base + r with r sparse,
 * Σ v x xᵀ = Σ v r rᵀ + base sᵀ + s baseᵀ + (Σ v) base baseᵀ with s = Σ v r, which costs the
 * square of the non-zeros per row instead of d².
 */
export type GramPlan = { kind: "dense" } | { kind: "sparse"; base: Float64Array; rowPtr: Int32Array; cols: Int32Array; vals: Float64Array };

/** Chooses the sparse form when rows are on average at most 35% non-baseline (needs `data.base`). */
export function gramPlan(data: DesignMatrix): GramPlan {
  const { base, x, n, d } = data;
  if (!base || n === 0) return { kind: "dense" };
  let nnz = 0;
  for (let i = 0; i < n * d; i++) if (Math.abs(x[i] - base[i % d]) > 1e-12) nnz += 1;
  if (nnz > 0.35 * n * d) return { kind: "dense" };
  const rowPtr = new Int32Array(n + 1);
  const cols = new Int32Array(nnz);
  const vals = new Float64Array(nnz);
  let k = 0;
  for (let i = 0; i < n; i++) {
    rowPtr[i] = k;
    for (let j = 0; j < d; j++) {
      const r = x[i * d + j] - base[j];
      if (Math.abs(r) > 1e-12) {
        cols[k] = j;
        vals[k] = r;
        k += 1;
      }
    }
  }
  rowPtr[n] = k;
  return { kind: "sparse", base, rowPtr, cols, vals };
}

function mirror(h: Float64Array, m: number): void {
  for (let j = 0; j < m; j++) for (let k = j + 1; k < m; k++) h[k * m + j] = h[j * m + k];
}

/** Dense Xᵀ diag(v) X with the intercept column (index d), four rows at a time to cut memory traffic. */
function denseGram(x: Float64Array, n: number, d: number, v: Float64Array, h: Float64Array): void {
  const m = d + 1;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const o0 = i * d;
    const o1 = o0 + d;
    const o2 = o1 + d;
    const o3 = o2 + d;
    const v0 = v[i];
    const v1 = v[i + 1];
    const v2 = v[i + 2];
    const v3 = v[i + 3];
    for (let j = 0; j < d; j++) {
      const a0 = v0 * x[o0 + j];
      const a1 = v1 * x[o1 + j];
      const a2 = v2 * x[o2 + j];
      const a3 = v3 * x[o3 + j];
      const r = j * m;
      for (let k = j; k < d; k++) h[r + k] += a0 * x[o0 + k] + a1 * x[o1 + k] + a2 * x[o2 + k] + a3 * x[o3 + k];
      h[r + d] += a0 + a1 + a2 + a3;
    }
    h[d * m + d] += v0 + v1 + v2 + v3;
  }
  for (; i < n; i++) {
    const o = i * d;
    const vi = v[i];
    for (let j = 0; j < d; j++) {
      const a = vi * x[o + j];
      const r = j * m;
      for (let k = j; k < d; k++) h[r + k] += a * x[o + k];
      h[r + d] += a;
    }
    h[d * m + d] += vi;
  }
}

function sparseGram(plan: Extract<GramPlan, { kind: "sparse" }>, n: number, d: number, v: Float64Array, h: Float64Array): void {
  const m = d + 1;
  const { base, rowPtr, cols, vals } = plan;
  const s = new Float64Array(d);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const vi = v[i];
    total += vi;
    const end = rowPtr[i + 1];
    for (let a = rowPtr[i]; a < end; a++) {
      const ca = cols[a];
      const wa = vi * vals[a];
      s[ca] += wa;
      const r = ca * m;
      for (let b = a; b < end; b++) h[r + cols[b]] += wa * vals[b];
    }
  }
  for (let j = 0; j < d; j++) {
    const r = j * m;
    for (let k = j; k < d; k++) h[r + k] += base[j] * s[k] + s[j] * base[k] + total * base[j] * base[k];
    h[r + d] = s[j] + total * base[j];
  }
  h[d * m + d] = total;
}

/** Fills `h` ((d+1)², row-major, symmetric) with Xᵀ diag(v) X, the intercept as column d. */
export function weightedGram(data: DesignMatrix, plan: GramPlan, v: Float64Array, h: Float64Array): void {
  h.fill(0);
  if (plan.kind === "sparse") sparseGram(plan, data.n, data.d, v, h);
  else denseGram(data.x, data.n, data.d, v, h);
  mirror(h, data.d + 1);
}
