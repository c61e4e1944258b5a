// The lead side of pooling default → organization → rep (the fit itself: @revgraph/learning fitLevel).
//
// At the rep level, when the org's reps are known, each weight is pulled as hard as the spread of
// the reps' coefficients learned across the org's reps says (rep-spread.ts, empirical Bayes);
// otherwise attribute and source weights are pulled 10× harder than behaviour weights
// (repPenaltyScale): what differs between reps is which engagement signals precede their wins,
// while the market the attributes describe is the team's.
import { choleskyInPlace, choleskySolve, logit, type CoefficientPrior } from "@revgraph/learning";
import { encodeRows, type Encoder } from "./encoder";
import { CORE_FEATURES, DEFAULT_PRIOR_FEATURES, type LeadAt } from "./features";
import { predictDefaultAt } from "./default-model";

/** Rows used at most to express the default model in the feature space. */
const DISTILLATION_ROWS = 5000;

/**
 * The default model expressed in the encoder's feature space: the least-squares (lightly ridged)
 * fit of logit(default probability) on the features it is built from (activity counts, engagement,
 * recency, funnel time) over the given rows (leads as known at an instant); zero on every other
 * feature (speed to first call too). The intercept is the mean default logit; callers re-center it
 * on the organization's base rate.
 */
export function defaultPrior(encoder: Encoder, rows: LeadAt[]): CoefficientPrior {
  const d = encoder.features.length;
  const core = encoder.features.map((name, j) => (DEFAULT_PRIOR_FEATURES.includes(name) ? j : -1)).filter((j) => j >= 0);
  const weights = new Float64Array(d);
  if (rows.length === 0 || core.length === 0) return { weights, intercept: logit(0.3) };
  // A 15-coefficient least-squares fit needs no more than a few thousand rows (evenly spaced).
  const sample = rows.length > DISTILLATION_ROWS ? Array.from({ length: DISTILLATION_ROWS }, (_, i) => rows[Math.floor((i * rows.length) / DISTILLATION_ROWS)]) : rows;
  const x = encodeRows(encoder, sample);
  const t = sample.map((r) => logit(predictDefaultAt(r.facts, r.at).probability));
  const tMean = t.reduce((a, b) => a + b, 0) / t.length;
  const c = core.length;
  const a = new Float64Array(c * c);
  const b = new Float64Array(c);
  for (let i = 0; i < sample.length; i++) {
    for (let p = 0; p < c; p++) {
      const xp = x[i * d + core[p]];
      b[p] += xp * (t[i] - tMean);
      for (let q = 0; q <= p; q++) a[p * c + q] += xp * x[i * d + core[q]];
    }
  }
  // Ridge of 5% of n: the activity counts and the engagement score are collinear by construction.
  for (let p = 0; p < c; p++) a[p * c + p] += 0.05 * sample.length;
  if (!choleskyInPlace(a, c)) return { weights, intercept: tMean };
  const w = choleskySolve(a, c, b);
  core.forEach((j, p) => {
    weights[j] = w[p];
  });
  return { weights, intercept: tMean };
}

/** How much harder than behaviour (activities, engagement, recency, funnel time) the other features are pulled to the parent. */
export const ATTRIBUTE_PULL = 10;

/**
 * Per-weight λ multipliers for a rep: reps differ mostly in which engagement signals precede
 * their wins, while lead attributes and sources describe the market the whole team shares; so
 * attribute and source weights are pulled ATTRIBUTE_PULL times harder toward the team's.
 */
export function repPenaltyScale(encoder: Encoder, pull = ATTRIBUTE_PULL): Float64Array {
  return Float64Array.from(encoder.features, (name) => (CORE_FEATURES.includes(name) ? 1 : pull));
}
