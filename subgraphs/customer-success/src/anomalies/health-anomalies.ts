/**
 * Sudden drops in an account's health, against the account's own recent history. Pure.
 *
 * A new point is compared with the previous ANOMALY_WINDOW points (at least MIN_HISTORY) of the
 * same measure through the robust z-score of Iglewicz and Hoaglin: z = 0.6745 × (x − median) / MAD,
 * MAD the median absolute deviation (at least MAD_FLOOR = 5 points, so a flat history does not turn
 * one ticket into an infinite z: on a flat history a drop must be 26 points or more). A drop is an anomaly when z ≤ Z_THRESHOLD and the score
 * fell at least MIN_DROP points below the median.
 */
import type { HealthMeasure } from "@revgraph/db/vocabulary";

export const ANOMALY_WINDOW = 12;
export const MIN_HISTORY = 5;
export const Z_THRESHOLD = -3.5;
export const MIN_DROP = 10;
/** Measures move in steps (10 points per ticket, 20 per feature): a flat history with a smaller MAD would flag a single ticket. */
export const MAD_FLOOR = 5;

export interface Drop {
  score: number;
  baseline: number;
  zScore: number;
}

export interface HealthReading {
  score: number;
  measures: readonly { measure: string; score: number }[];
}

export interface Anomaly extends Drop {
  measure: HealthMeasure;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The drop of `current` against `history` (the previous points, newest first), or null when it is not anomalous. */
export function detectDrop(history: readonly number[], current: number): Drop | null {
  const window = history.slice(0, ANOMALY_WINDOW);
  if (window.length < MIN_HISTORY) return null;
  const baseline = median(window);
  const mad = Math.max(MAD_FLOOR, median(window.map((x) => Math.abs(x - baseline))));
  const zScore = (0.6745 * (current - baseline)) / mad;
  if (zScore > Z_THRESHOLD || baseline - current < MIN_DROP) return null;
  return { score: current, baseline, zScore: Math.round(zScore * 100) / 100 };
}

/** Drops of the total and of each measure of `current`, against `previous` (newest first; only points with that measure count for it). */
export function detectAnomalies(previous: readonly HealthReading[], current: HealthReading): Anomaly[] {
  const anomalies: Anomaly[] = [];
  const total = detectDrop(
    previous.map((p) => p.score),
    current.score,
  );
  if (total) anomalies.push({ measure: "TOTAL", ...total });
  for (const m of current.measures) {
    const history = previous.flatMap((p) => p.measures.filter((pm) => pm.measure === m.measure).map((pm) => pm.score));
    const drop = detectDrop(history, m.score);
    if (drop) anomalies.push({ measure: m.measure as HealthMeasure, ...drop });
  }
  return anomalies;
}
