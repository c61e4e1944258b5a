// Training an organization's churn model from its recorded outcomes, on landmark snapshots, through the shared learning core. Pure.
//
// Question. A churn probability answers "will this account, as it stands on the prediction date,
// churn within the next W days?" (W = 90 by default). The training rows ask exactly that of the
// past (landmarking, as the lead model does): every account with a recorded outcome contributes
// its snapshot at each landmark — 7, 14, 30, 45, 60, 90, 120, 180, 270 and 365 days before the
// outcome — with its features as known that day (churn-features.ts), labelled 1 when the outcome
// is CHURNED and falls within W days after the landmark. Landmarks before the account's start are
// skipped. All rows weigh the same, accounts ÷ rows, so the data counts each account once in total
// against the penalty, and cross-validation keeps an account's rows in one fold.
//
// Pooling. The fit is an L2-penalized logistic regression pulled toward a default prior: the rules
// fallback (churn-rules.ts) expressed in the model's features (a ridge least-squares fit of the
// rules' logit on the encoded features over the training rows), at the organization's own churn
// rates: the intercept is the (smoothed) churn rate of the landmarks whose renewal lies beyond the
// window, and the weight of `renewal.inWindow` the log-odds step to the rate of those inside it
// (churn happens at renewal, so most of it falls in the landmarks near one). How hard it is pulled is chosen by cross-validated log loss (ties go
// to the prior; @revgraph/learning lambda-selection.ts). With fewer than 5 accounts of the rarer
// label nothing is selected and the pull is the strongest on the grid: with few outcomes the model
// is the rules' ranking at the organization's own churn rate; with many, the data's.
import {
  choleskyInPlace,
  choleskySolve,
  designMatrixOf,
  encodeRecords,
  fitLevel,
  fitRecordEncoder,
  logit,
  toRecord,
  type CoefficientPrior,
  type EncodableRow,
  type LambdaScore,
  type LambdaSelectionOptions,
  type RecordEncoder,
} from "@revgraph/learning";
import type { AccountOutcome } from "@revgraph/db/vocabulary";
import { CHURN_FEATURES, CHURN_INDICATORS, DAY_MS, featurizeAccount, type AccountFacts, type AccountSnapshot } from "./churn-features";
import { ruleTerms, rulesLogit } from "./churn-rules";

export const CHURN_MODEL_FORMAT = 1;
/** Default prediction window, in days. */
export const CHURN_WINDOW_DAYS = 90;
/** Days before the outcome at which an account is snapshotted for training. */
export const CHURN_LANDMARK_DAYS: readonly number[] = [7, 14, 30, 45, 60, 90, 120, 180, 270, 365];

/** One account with a recorded outcome, as training data. */
export interface ChurnExample {
  accountId: string;
  /**
   * What is known about the account. Features are computed from it as of each landmark (signals
   * and health after the landmark are ignored); `renewalDate` must be the end of the period the
   * outcome closed (the renewal date as it was then), attributes and ARR as they were in it.
   */
  snapshot: AccountSnapshot;
  outcome: AccountOutcome;
  occurredAt: Date;
  /** When the account's history starts (contract start, creation): landmarks before it are skipped. */
  startedAt?: Date | null;
}

export interface ChurnTrainingOptions {
  /** The training instant, stored as trainedAt (pure: the caller passes its clock). */
  now: Date;
  windowDays?: number;
  landmarkDays?: readonly number[];
  /** Rare-category threshold of the encoder (default 5). */
  minCategoryCount?: number;
  /** λ grid and caps of the cross-validation. */
  selection?: Pick<LambdaSelectionOptions, "grid" | "maxGroups" | "maxRows" | "standardErrors">;
}

/** A trained churn model. Plain JSON: stored and read back through parseChurnModel (churn-model-format.ts). */
export interface ChurnModel {
  format: typeof CHURN_MODEL_FORMAT;
  /** "churn-model/1@<trainedAt>": the model version a prediction quotes. */
  version: string;
  windowDays: number;
  encoder: RecordEncoder;
  /** Weight per feature name, on the standardized scale. */
  weights: Record<string, number>;
  intercept: number;
  /** Chosen pull toward the prior; null when there were no training rows (the prior unchanged). */
  lambda: number | null;
  interceptLambda: number | null;
  /** Approximate posterior variances (Laplace approximation). */
  variances: Record<string, number>;
  interceptVariance: number;
  /** Accounts behind the model, those that churned within the window of a landmark, and training rows. */
  accounts: number;
  churned: number;
  rows: number;
  trainedAt: string;
  lambdaSearch: LambdaScore[];
}

/** One training row: an account as known at `at`, 1 when it churned within the window after `at`. */
export interface ChurnRow {
  example: number;
  at: Date;
  y: 0 | 1;
}

/** The landmark rows of the examples (see the header), in example order, nearest landmark last. */
export function churnLandmarkRows(examples: readonly ChurnExample[], options: Pick<ChurnTrainingOptions, "windowDays" | "landmarkDays"> = {}): ChurnRow[] {
  const windowDays = options.windowDays ?? CHURN_WINDOW_DAYS;
  const landmarks = [...(options.landmarkDays ?? CHURN_LANDMARK_DAYS)].sort((a, b) => b - a);
  const rows: ChurnRow[] = [];
  examples.forEach((e, example) => {
    const end = e.occurredAt.getTime();
    const start = e.startedAt?.getTime() ?? -Infinity;
    for (const days of landmarks) {
      const t = end - days * DAY_MS;
      if (t < start) continue;
      rows.push({ example, at: new Date(t), y: e.outcome === "CHURNED" && days <= windowDays ? 1 : 0 });
    }
  });
  return rows;
}

/** An account as the encoder sees it at an instant: churn features in CHURN_FEATURES order, plus its attributes. */
export function encodableAt(snapshot: AccountSnapshot, at: Date, windowDays: number): EncodableRow & { facts: AccountFacts } {
  const { values, facts } = featurizeAccount(snapshot, at, windowDays);
  return { core: values, attributes: snapshot.attributes, facts };
}

/** The features the rules read as of an instant (CTAs and the stage are known only now: the prior holds them at zero). */
const RULE_FEATURES: readonly string[] = ["health", "health.slope", "health.missing", "csm.recency", "csm.none", "login.recency", "login.none"];

/**
 * The rules expressed in the encoder's features: the ridge least-squares fit (ridge 5% of n) of
 * the rules' logit on the encoded RULE_FEATURES over the training rows, zero on every other
 * feature. The intercept is set by the caller.
 */
function rulesPrior(encoder: RecordEncoder, x: Float64Array, facts: readonly AccountFacts[]): Float64Array {
  const d = encoder.features.length;
  const weights = new Float64Array(d);
  const cols = encoder.features.map((name, j) => (RULE_FEATURES.includes(name) ? j : -1)).filter((j) => j >= 0);
  const n = facts.length;
  const c = cols.length;
  if (n === 0 || c === 0) return weights;
  const target = facts.map((f) => rulesLogit(ruleTerms(f, { openCtaCount: 0, lifecycleStage: "" })));
  const mean = target.reduce((a, b) => a + b, 0) / n;
  const a = new Float64Array(c * c);
  const b = new Float64Array(c);
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < c; p++) {
      const xp = x[i * d + cols[p]];
      b[p] += xp * (target[i] - mean);
      for (let q = 0; q <= p; q++) a[p * c + q] += xp * x[i * d + cols[q]];
    }
  }
  for (let p = 0; p < c; p++) a[p * c + p] += 0.05 * n;
  if (!choleskyInPlace(a, c)) return weights;
  const w = choleskySolve(a, c, b);
  cols.forEach((j, p) => {
    weights[j] = w[p];
  });
  return weights;
}

/** Moves the prior's intercept and `renewal.inWindow` weight to the churn rates of the rows outside and inside the window (see the header). */
function atOwnRates(prior: CoefficientPrior, encoder: RecordEncoder, rows: readonly EncodableRow[], y: Float64Array): void {
  const j = encoder.features.indexOf("renewal.inWindow");
  if (j < 0) return;
  const core = encoder.core.indexOf("renewal.inWindow");
  const counts = [
    [0, 0],
    [0, 0],
  ];
  rows.forEach((r, i) => {
    const inside = r.core[core] === 1 ? 1 : 0;
    counts[inside][0] += 1;
    counts[inside][1] += y[i];
  });
  const rate = ([n, churned]: number[]): number => logit((churned + 1) / (n + 2));
  prior.intercept = rate(counts[0]);
  prior.weights[j] = rate(counts[1]) - rate(counts[0]);
}

/** Trains an organization's churn model from its accounts with recorded outcomes (see the header). */
export function trainChurnModel(examples: readonly ChurnExample[], options: ChurnTrainingOptions): ChurnModel {
  const windowDays = options.windowDays ?? CHURN_WINDOW_DAYS;
  const rows = churnLandmarkRows(examples, { windowDays, landmarkDays: options.landmarkDays });
  const encodable = rows.map((r) => encodableAt(examples[r.example].snapshot, r.at, windowDays));
  const encoder = fitRecordEncoder(encodable, {
    core: CHURN_FEATURES,
    indicators: CHURN_INDICATORS,
    minCategoryCount: options.minCategoryCount,
    subjects: examples.map((e) => e.snapshot.attributes),
  });
  const x = encodeRecords(encoder, encodable);
  const y = Float64Array.from(rows, (r) => r.y);
  const groupIds = new Map<string, number>();
  const groups = Int32Array.from(rows, (r) => {
    const id = examples[r.example].accountId;
    if (!groupIds.has(id)) groupIds.set(id, groupIds.size);
    return groupIds.get(id) as number;
  });
  const data = designMatrixOf(encoder, x, y, groups);
  const churnedAccounts = new Set(rows.filter((r) => r.y === 1).map((r) => examples[r.example].accountId));
  const positives = y.reduce((a, b) => a + b, 0);
  const prior: CoefficientPrior = {
    weights: rulesPrior(
      encoder,
      x,
      encodable.map((r) => r.facts),
    ),
    intercept: logit((positives + 1) / (rows.length + 2)),
  };
  atOwnRates(prior, encoder, encodable, y);
  const fit = fitLevel(data, prior, null, { ...options.selection });
  const trainedAt = options.now.toISOString();
  return {
    format: CHURN_MODEL_FORMAT,
    version: `churn-model/${CHURN_MODEL_FORMAT}@${trainedAt}`,
    windowDays,
    encoder,
    weights: toRecord(encoder, fit.weights),
    intercept: fit.intercept,
    lambda: fit.lambda,
    interceptLambda: fit.interceptLambda,
    variances: toRecord(encoder, fit.variances),
    interceptVariance: fit.variances[encoder.features.length],
    accounts: groupIds.size,
    churned: churnedAccounts.size,
    rows: rows.length,
    trainedAt,
    lambdaSearch: fit.scores,
  };
}
