// Held-out quality metrics for probabilistic predictions: AUC, Brier score, log loss, calibration.

/** Quality of one model's probabilities on one held-out set. */
export interface QualityMetrics {
  /** Null when the test set has only one class. */
  auc: number | null;
  brier: number;
  logLoss: number;
  /** Expected calibration error over 10 equal-width bins. */
  ece: number;
}

export interface CalibrationBin {
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observedRate: number;
}

function checkLengths(p: ArrayLike<number>, y: ArrayLike<number>): void {
  if (p.length !== y.length) throw new Error(`metrics: ${p.length} predictions for ${y.length} labels`);
}

/**
 * Area under the ROC curve = P(score of a random positive > score of a random negative), ties
 * counting one half (Mann-Whitney with mid-ranks). Null when either class is absent.
 */
export function auc(p: ArrayLike<number>, y: ArrayLike<number>): number | null {
  checkLengths(p, y);
  const n = p.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => p[a] - p[b]);
  let positives = 0;
  let rankSum = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && p[order[j + 1]] === p[order[i]]) j += 1;
    const midRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (y[order[k]] === 1) {
        positives += 1;
        rankSum += midRank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean squared difference between probability and outcome. */
export function brier(p: ArrayLike<number>, y: ArrayLike<number>): number {
  checkLengths(p, y);
  if (p.length === 0) return 0;
  let s = 0;
  for (let i = 0; i < p.length; i++) s += (p[i] - y[i]) ** 2;
  return s / p.length;
}

/** Mean negative log likelihood (natural log), probabilities clipped to [1e-15, 1 - 1e-15]. */
export function logLoss(p: ArrayLike<number>, y: ArrayLike<number>): number {
  checkLengths(p, y);
  if (p.length === 0) return 0;
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const q = Math.min(1 - 1e-15, Math.max(1e-15, p[i]));
    s -= y[i] === 1 ? Math.log(q) : Math.log(1 - q);
  }
  return s / p.length;
}

/** Predictions grouped into `bins` equal-width probability bins (empty bins omitted). */
export function calibrationTable(p: ArrayLike<number>, y: ArrayLike<number>, bins = 10): CalibrationBin[] {
  checkLengths(p, y);
  const count = new Array<number>(bins).fill(0);
  const sumP = new Array<number>(bins).fill(0);
  const sumY = new Array<number>(bins).fill(0);
  for (let i = 0; i < p.length; i++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(p[i] * bins)));
    count[b] += 1;
    sumP[b] += p[i];
    sumY[b] += y[i];
  }
  const out: CalibrationBin[] = [];
  for (let b = 0; b < bins; b++) {
    if (count[b] === 0) continue;
    out.push({ from: b / bins, to: (b + 1) / bins, count: count[b], meanPredicted: sumP[b] / count[b], observedRate: sumY[b] / count[b] });
  }
  return out;
}

/** One group of a lift table: the leads ranked `group`-th by predicted probability (1 = highest). */
export interface LiftGroup {
  group: number;
  count: number;
  meanPredicted: number;
  observedRate: number;
  /** observedRate ÷ the overall rate; null when nothing was won at all. */
  lift: number | null;
  /** Share of all wins in this group and the ones above it. */
  cumulativeShareOfWins: number | null;
}

/**
 * Lift by predicted-probability group (deciles by default): rank by p, highest first, cut into
 * `groups` groups of (nearly) equal size, and compare each group's outcome rate with the overall.
 */
export function liftTable(p: ArrayLike<number>, y: ArrayLike<number>, groups = 10): LiftGroup[] {
  checkLengths(p, y);
  const n = p.length;
  if (n === 0) return [];
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => p[b] - p[a] || a - b);
  let totalWins = 0;
  for (let i = 0; i < n; i++) totalWins += y[i];
  const overall = totalWins / n;
  const out: LiftGroup[] = [];
  let winsSoFar = 0;
  for (let g = 0; g < groups; g++) {
    const start = Math.floor((g * n) / groups);
    const end = Math.floor(((g + 1) * n) / groups);
    if (end <= start) continue;
    let sumP = 0;
    let sumY = 0;
    for (let k = start; k < end; k++) {
      sumP += p[order[k]];
      sumY += y[order[k]];
    }
    winsSoFar += sumY;
    const rate = sumY / (end - start);
    out.push({
      group: g + 1,
      count: end - start,
      meanPredicted: sumP / (end - start),
      observedRate: rate,
      lift: overall > 0 ? rate / overall : null,
      cumulativeShareOfWins: totalWins > 0 ? winsSoFar / totalWins : null,
    });
  }
  return out;
}

/** Σ_bins (n_b / n) · |mean predicted − observed rate| over 10 equal-width bins. */
export function expectedCalibrationError(p: ArrayLike<number>, y: ArrayLike<number>, bins = 10): number {
  if (p.length === 0) return 0;
  let e = 0;
  for (const b of calibrationTable(p, y, bins)) e += (b.count / p.length) * Math.abs(b.meanPredicted - b.observedRate);
  return e;
}

/** All four metrics at once. */
export function qualityMetrics(p: ArrayLike<number>, y: ArrayLike<number>): QualityMetrics {
  return { auc: auc(p, y), brier: brier(p, y), logLoss: logLoss(p, y), ece: expectedCalibrationError(p, y) };
}
