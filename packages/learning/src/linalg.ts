// Small dense linear algebra for the model: Cholesky factorization, solves and the diagonal of an inverse.

/**
 * Factors a symmetric positive-definite m × m row-major matrix in place into its lower
 * Cholesky factor L (A = L Lᵀ). Only the lower triangle of `a` is read. Returns false when
 * the matrix is not numerically positive definite.
 */
export function choleskyInPlace(a: Float64Array, m: number): boolean {
  for (let j = 0; j < m; j++) {
    const rj = j * m;
    let diag = a[rj + j];
    for (let k = 0; k < j; k++) diag -= a[rj + k] * a[rj + k];
    if (!(diag > 0) || !Number.isFinite(diag)) return false;
    const ljj = Math.sqrt(diag);
    a[rj + j] = ljj;
    for (let i = j + 1; i < m; i++) {
      const ri = i * m;
      let s = a[ri + j];
      for (let k = 0; k < j; k++) s -= a[ri + k] * a[rj + k];
      a[ri + j] = s / ljj;
    }
  }
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) a[i * m + j] = 0;
  return true;
}

/** Solves L Lᵀ x = b given the Cholesky factor L; returns a new vector. */
export function choleskySolve(l: Float64Array, m: number, b: ArrayLike<number>): Float64Array {
  const x = Float64Array.from(b);
  for (let i = 0; i < m; i++) {
    let s = x[i];
    const ri = i * m;
    for (let k = 0; k < i; k++) s -= l[ri + k] * x[k];
    x[i] = s / l[ri + i];
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = x[i];
    for (let k = i + 1; k < m; k++) s -= l[k * m + i] * x[k];
    x[i] = s / l[i * m + i];
  }
  return x;
}

/** The diagonal of A⁻¹ given A's Cholesky factor L: diag((L⁻¹)ᵀ L⁻¹), in O(m³/3). */
export function inverseDiagonal(l: Float64Array, m: number): Float64Array {
  const diag = new Float64Array(m);
  const col = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    // Column j of L⁻¹ (zero above j): forward substitution on the unit vector e_j.
    col.fill(0);
    col[j] = 1 / l[j * m + j];
    for (let i = j + 1; i < m; i++) {
      let s = 0;
      const ri = i * m;
      for (let k = j; k < i; k++) s -= l[ri + k] * col[k];
      col[i] = s / l[ri + i];
    }
    // (A⁻¹)_jj = Σ_i (L⁻¹)_ij²: the squared norm of column j of L⁻¹.
    let s = 0;
    for (let i = j; i < m; i++) s += col[i] * col[i];
    diag[j] = s;
  }
  return diag;
}
