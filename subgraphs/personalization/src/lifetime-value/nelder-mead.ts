/** Nelder–Mead simplex minimization (Lagarias et al. 1998 coefficients), unconstrained. Pure. */

/**
 * The models' parameters are fitted on a log scale within ±9 (about 1e-4 to 8,000): data with no
 * heterogeneity (every customer buying like clockwork) drives the likelihood to the boundary,
 * where the posterior draws underflow; inside the box the fit says the same thing with finite numbers.
 */
export const LOG_BOUND = 9;

export interface MinimizeResult {
  x: number[];
  value: number;
  iterations: number;
  converged: boolean;
}

export interface MinimizeOptions {
  maxIterations?: number;
  /** Stop when the simplex's values differ by less than this. */
  tolerance?: number;
  /** Size of the initial simplex's steps. */
  step?: number;
  /** Each coordinate is kept within ±bound (a box: outside it the value is +∞). */
  bound?: number;
}

export function minimize(f: (x: number[]) => number, start: number[], options: MinimizeOptions = {}): MinimizeResult {
  const { maxIterations = 5000, tolerance = 1e-10, step = 0.5, bound = Number.POSITIVE_INFINITY } = options;
  const n = start.length;
  const value = (x: number[]) => {
    if (x.some((xi) => Math.abs(xi) > bound)) return Number.POSITIVE_INFINITY;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  let simplex = [start, ...start.map((_, i) => start.map((s, j) => (i === j ? s + step : s)))].map((x) => ({ x, v: value(x) }));
  const along = (from: number[], to: number[], t: number) => from.map((a, i) => a + t * (to[i] - a));
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    simplex.sort((p, q) => p.v - q.v);
    const best = simplex[0];
    const worst = simplex[n];
    if (Math.abs(worst.v - best.v) <= tolerance * (Math.abs(best.v) + tolerance)) return { x: best.x, value: best.v, iterations: iteration, converged: true };
    const centroid = start.map((_, j) => simplex.slice(0, n).reduce((sum, p) => sum + p.x[j], 0) / n);
    const reflected = along(centroid, worst.x, -1);
    const fr = value(reflected);
    if (fr < best.v) {
      const expanded = along(centroid, worst.x, -2);
      const fe = value(expanded);
      simplex[n] = fe < fr ? { x: expanded, v: fe } : { x: reflected, v: fr };
    } else if (fr < simplex[n - 1].v) {
      simplex[n] = { x: reflected, v: fr };
    } else {
      const outside = fr < worst.v;
      const contracted = along(centroid, outside ? reflected : worst.x, 0.5);
      const fc = value(contracted);
      if (fc < (outside ? fr : worst.v)) simplex[n] = { x: contracted, v: fc };
      else simplex = simplex.map((p, i) => (i === 0 ? p : { x: along(best.x, p.x, 0.5), v: value(along(best.x, p.x, 0.5)) }));
    }
  }
  simplex.sort((p, q) => p.v - q.v);
  return { x: simplex[0].x, value: simplex[0].v, iterations: maxIterations, converged: false };
}
