// One measured figure of the speed benchmark, and the table that prints them.
import { printTable } from "../support/stats";

export interface Figure {
  name: string;
  what: string;
  /** Milliseconds (median of `runs`). */
  median: number;
  runs: number;
  target: string;
  /** Met when median (or `value` for latency rows) is below this. */
  targetMs: number | null;
  /** Overrides the printed value (e.g. "p95 120 ms"). */
  display?: string;
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

export function printFigures(figures: Figure[]): void {
  printTable(
    ["#", "what", "median", "runs", "target", "met"],
    figures.map((f) => [f.name, f.what, f.display ?? formatMs(f.median), String(f.runs), f.target, f.targetMs === null ? "" : f.median < f.targetMs ? "yes" : "NO"]),
  );
}
