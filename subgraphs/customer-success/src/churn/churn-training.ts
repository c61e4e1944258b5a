// An organization's churn model with its held-out check, from its examples. Pure.
//
// Held-out check (time split): the accounts are ordered by the date of their outcome; the model
// is trained on the earliest 80% and scores each of the latest 20% as of HELD_OUT_LANDMARK_DAYS
// before its outcome (one row per account: inside the window, so the label is whether it
// churned), next to the rules on the same rows. Needs at least MIN_HELD_OUT_EXAMPLES examples;
// with fewer, metrics say so and hold null. The stored model is then trained on every example.
import type { ChurnModelMetrics } from "@revgraph/db/schema";
import { qualityMetrics } from "@revgraph/learning";
import { DAY_MS } from "./churn-features";
import { trainChurnModel, type ChurnExample, type ChurnModel, type ChurnTrainingOptions } from "./churn-model";
import { churnProbability } from "./churn-predict";

export const HELD_OUT_SHARE = 0.2;
export const HELD_OUT_LANDMARK_DAYS = 30;
export const MIN_HELD_OUT_EXAMPLES = 20;

/** The metrics of probabilities p against labels y, or null without rows. */
function metricsOf(p: number[], y: number[]) {
  if (y.length === 0) return null;
  return qualityMetrics(p, y);
}

export function heldOutCheck(examples: readonly ChurnExample[], options: ChurnTrainingOptions): ChurnModelMetrics {
  const sorted = [...examples].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.accountId.localeCompare(b.accountId));
  const method = `time split: trained on the earliest ${100 - HELD_OUT_SHARE * 100}% of outcomes, scored the latest ${HELD_OUT_SHARE * 100}% as of ${HELD_OUT_LANDMARK_DAYS} days before each outcome`;
  if (sorted.length < MIN_HELD_OUT_EXAMPLES) {
    return {
      method: `${method} (not run: fewer than ${MIN_HELD_OUT_EXAMPLES} outcomes)`,
      trainAccounts: sorted.length,
      heldOutAccounts: 0,
      heldOutChurned: 0,
      model: null,
      rules: null,
    };
  }
  const cut = Math.round(sorted.length * (1 - HELD_OUT_SHARE));
  const train = sorted.slice(0, cut);
  const test = sorted.slice(cut);
  const model = trainChurnModel(train, options);
  const y = test.map((e): number => (e.outcome === "CHURNED" ? 1 : 0));
  const at = (e: ChurnExample) => new Date(e.occurredAt.getTime() - HELD_OUT_LANDMARK_DAYS * DAY_MS);
  // The rules read the stage and open CTAs as they are now; at a past date they are unknown, so held at none.
  const asThen = (e: ChurnExample) => ({ ...e.snapshot, lifecycleStage: "", openCtaCount: 0 });
  const pModel = test.map((e) => churnProbability(model, asThen(e), at(e)));
  const pRules = test.map((e) => churnProbability(null, asThen(e), at(e)));
  return {
    method,
    trainAccounts: new Set(train.map((e) => e.accountId)).size,
    heldOutAccounts: test.length,
    heldOutChurned: y.reduce((a, b) => a + b, 0),
    model: metricsOf(pModel, y),
    rules: metricsOf(pRules, y),
  };
}

/** The model to store (trained on every example) and its held-out check. */
export function trainWithHeldOutCheck(examples: readonly ChurnExample[], options: ChurnTrainingOptions): { model: ChurnModel; metrics: ChurnModelMetrics } {
  return { model: trainChurnModel(examples, options), metrics: heldOutCheck(examples, options) };
}
