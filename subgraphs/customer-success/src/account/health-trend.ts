/** Which way an account's health is heading, from its most recent scores. Pure. */
export type HealthTrendValue = "IMPROVING" | "STABLE" | "DECLINING";

/** How many of the most recent points the trend looks at. */
export const TREND_WINDOW = 4;
/** A fitted change of at least this many points across the window counts as a trend. */
export const TREND_MIN_CHANGE = 5;

/**
 * Fits a least-squares line through the last TREND_WINDOW scores (oldest to newest, equally
 * spaced) and reports the change it implies across the window: one noisy point moves it less
 * than comparing the first and last scores would. Fewer than two points is STABLE.
 *
 * @param newestFirst scores, most recent first (as healthHistory returns them)
 */
export function healthTrend(newestFirst: readonly { score: number }[]): HealthTrendValue {
  const scores = newestFirst
    .slice(0, TREND_WINDOW)
    .map((p) => p.score)
    .reverse();
  const n = scores.length;
  if (n < 2) return "STABLE";
  const meanX = (n - 1) / 2;
  const meanY = scores.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  scores.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  const change = (num / den) * (n - 1);
  if (change >= TREND_MIN_CHANGE) return "IMPROVING";
  if (change <= -TREND_MIN_CHANGE) return "DECLINING";
  return "STABLE";
}
