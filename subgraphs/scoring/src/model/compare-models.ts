// Decides whether a newly trained model replaces the active one, and says what changed in words.
import type { QualityMetrics } from "@revgraph/learning";
import { describeFeature } from "./feature-labels";

/** What is compared: held-out quality (on the same leads for both models) and, optionally, weights. */
export interface ModelSnapshot {
  quality: QualityMetrics | null;
  weights?: Record<string, number>;
  sampleSize?: number;
  method?: "backtest" | "holdout" | "cross-validation" | "none";
}

export interface ModelComparison {
  activate: boolean;
  /** The rep's own models lose to the team's on the rep's leads: the rep is served the team's model (their active one is retired too). */
  useTeam?: boolean;
  reason: string;
  improvements: string[];
}

export interface CompareOptions {
  /** Allowed log-loss increase: max(absolute, relative × previous log loss). Defaults 0.005 and 2%. */
  absoluteTolerance?: number;
  relativeTolerance?: number;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function strongest(weights: Record<string, number> | undefined): [string, number] | null {
  if (!weights) return null;
  let best: [string, number] | null = null;
  for (const [name, w] of Object.entries(weights)) if (w > 0 && (best === null || w > best[1])) best = [name, w];
  return best;
}

function weightChanges(previous: Record<string, number>, candidate: Record<string, number>, skip: string | null): string[] {
  const names = new Set([...Object.keys(previous), ...Object.keys(candidate)]);
  const changes = [...names]
    .filter((n) => n !== skip)
    .map((n) => ({ n, was: previous[n] ?? 0, now: candidate[n] ?? 0 }))
    .filter((c) => Math.abs(c.now - c.was) >= 0.1)
    .sort((a, b) => Math.abs(b.now - b.was) - Math.abs(a.now - a.was) || a.n.localeCompare(b.n))
    .slice(0, 2);
  return changes.map((c) => {
    const label = describeFeature(c.n);
    const verb = c.n.startsWith("activity.") ? (c.now > c.was ? "matter more" : "matter less") : c.now > c.was ? "matters more" : "matters less";
    return `${capitalize(label)} ${verb} (weight ${c.now.toFixed(2)}, was ${c.was.toFixed(2)})`;
  });
}

function qualityLines(previous: QualityMetrics, candidate: QualityMetrics, method: string): string[] {
  const lines: string[] = [];
  if (candidate.auc !== null && previous.auc !== null) {
    lines.push(`${method} AUC ${candidate.auc.toFixed(2)} vs ${previous.auc.toFixed(2)} for the previous model`);
  }
  lines.push(`${method} log loss ${candidate.logLoss.toFixed(3)} vs ${previous.logLoss.toFixed(3)} (lower is better)`);
  if (Math.abs(candidate.ece - previous.ece) >= 0.01) {
    lines.push(`Calibration error ${candidate.ece.toFixed(3)} vs ${previous.ece.toFixed(3)}`);
  }
  return lines;
}

/**
 * The candidate is activated unless its held-out log loss is worse than the previous model's on
 * the same leads by more than the tolerance. Without a previous model, or without held-out leads
 * to compare on, it is activated (a model with no data of its own equals its parent).
 */
export function compareModels(previous: ModelSnapshot | null, candidate: ModelSnapshot, options: CompareOptions = {}): ModelComparison {
  const improvements: string[] = [];
  const method = candidate.method === "cross-validation" ? "Cross-validated" : candidate.method === "backtest" ? "Backtest" : "Holdout";
  const prevTop = strongest(previous?.weights);
  const candTop = strongest(candidate.weights);
  if (candTop && (!prevTop || prevTop[0] !== candTop[0])) {
    const was = previous?.weights?.[candTop[0]] ?? 0;
    improvements.push(`${capitalize(describeFeature(candTop[0]))} became your strongest predictor (weight ${candTop[1].toFixed(2)}, was ${was.toFixed(2)})`);
  }
  if (previous?.weights && candidate.weights) improvements.push(...weightChanges(previous.weights, candidate.weights, candTop?.[0] ?? null));
  if (candidate.sampleSize !== undefined && previous?.sampleSize !== undefined && candidate.sampleSize !== previous.sampleSize) {
    improvements.push(`Trained on ${candidate.sampleSize} closed leads (was ${previous.sampleSize})`);
  }
  if (!previous || !previous.quality) {
    if (candidate.quality?.auc != null) improvements.unshift(`${method} AUC ${candidate.quality.auc.toFixed(2)}`);
    return { activate: true, reason: "No previous model to compare with.", improvements };
  }
  if (!candidate.quality) {
    return { activate: true, reason: "No held-out leads to compare on; the model follows its parent.", improvements };
  }
  improvements.unshift(...qualityLines(previous.quality, candidate.quality, method));
  const tolerance = Math.max(options.absoluteTolerance ?? 0.005, (options.relativeTolerance ?? 0.02) * previous.quality.logLoss);
  const delta = candidate.quality.logLoss - previous.quality.logLoss;
  if (delta > tolerance) {
    return {
      activate: false,
      reason: `Held-out log loss ${candidate.quality.logLoss.toFixed(3)} is worse than the previous model's ${previous.quality.logLoss.toFixed(3)} by more than ${tolerance.toFixed(3)}.`,
      improvements,
    };
  }
  const verdict = delta < 0 ? "better than" : "within tolerance of";
  return {
    activate: true,
    reason: `Held-out log loss ${candidate.quality.logLoss.toFixed(3)} is ${verdict} the previous model's ${previous.quality.logLoss.toFixed(3)}.`,
    improvements,
  };
}

/**
 * A rep's model must predict the rep's own leads at least as well as the team's model does, or the
 * rep is better served by the team's: when the team model's log loss on the same held-out leads
 * is lower than the candidate's by more than the tolerance, the candidate is kept but not
 * activated and the rep falls back to the team's model (their previous model is retired too: it
 * was trained on less). Otherwise the comparison with the previous model stands.
 */
export function judgeAgainstTeam(comparison: ModelComparison, team: QualityMetrics | null, candidate: QualityMetrics | null, options: CompareOptions = {}): ModelComparison {
  if (!team || !candidate) return comparison;
  const tolerance = Math.max(options.absoluteTolerance ?? 0.005, (options.relativeTolerance ?? 0.02) * team.logLoss);
  if (candidate.logLoss - team.logLoss <= tolerance) return comparison;
  return {
    activate: false,
    useTeam: true,
    reason: `On your leads the team's model predicts better (log loss ${team.logLoss.toFixed(3)} vs ${candidate.logLoss.toFixed(3)} for yours): your predictions use the team's model until yours beats it.`,
    improvements: comparison.improvements,
  };
}
