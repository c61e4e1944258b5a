// Ordinary least squares of y on one x: the straight line through a cloud of points. Pure.

/** A straight line y = intercept + slope × x. */
export interface Line {
  intercept: number;
  slope: number;
}

/**
 * The ordinary-least-squares line through `points` (at least one). When every x is the same the
 * slope is undefined; the line is then flat (slope 0) at the mean of y.
 */
export function leastSquaresLine(points: readonly { x: number; y: number }[]): Line {
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  const sxx = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  const slope = sxx > 0 ? points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0) / sxx : 0;
  return { intercept: my - slope * mx, slope };
}
