import { sql } from "drizzle-orm";
import { boolean, doublePrecision, index, integer, jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, customerSuccessSchema, id, organizationId } from "./_helpers";
import type { AccountOutcome, ChurnPredictionStatus, ChurnSource, CsJobStatus, RiskCategory } from "./vocabulary";

const instant = () => timestamp({ withTimezone: true, mode: "date", precision: 3 });

/** Held-out quality of a churn model at training, next to the rules on the same accounts. */
export interface ChurnModelMetrics {
  /** How the held-out accounts were chosen. */
  method: string;
  trainAccounts: number;
  heldOutAccounts: number;
  heldOutChurned: number;
  model: { auc: number | null; brier: number; logLoss: number; ece: number } | null;
  rules: { auc: number | null; brier: number; logLoss: number; ece: number } | null;
}

/**
 * An organization's churn models, one row per training (version 1, 2, …); the newest is the one
 * predictions use. `model` is the plain JSON of the churn core, read back through its zod format.
 */
export const churnModels = customerSuccessSchema.table(
  "churn_models",
  {
    id: id(),
    organizationId: organizationId(),
    version: integer().notNull(),
    model: jsonb().notNull(),
    metrics: jsonb().$type<ChurnModelMetrics>().notNull(),
    accounts: integer().notNull(),
    churned: integer().notNull(),
    trainedBy: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("churn_models_org_version_idx").on(t.organizationId, t.version)],
);

export interface StoredChurnFactor {
  name: string;
  label: string;
  value: number | null;
  contribution: number;
}

export interface StoredChurnRecommendation {
  playbook: "RISK" | "RENEWAL" | "EXPANSION" | null;
  action: string;
  reason: string;
}

/**
 * Every churn prediction made for an account. At most one is ACTIVE per account (a partial
 * unique index); it is served until `validUntil`. When an outcome is recorded, the predictions
 * whose window covers it get `actualOutcome` and `wasAccurate`.
 */
export const churnPredictions = customerSuccessSchema.table(
  "churn_predictions",
  {
    id: id(),
    organizationId: organizationId(),
    accountId: uuid().notNull(),
    probability: doublePrecision().notNull(),
    riskCategory: text().$type<RiskCategory>().notNull(),
    confidence: text().$type<"LOW" | "MEDIUM" | "HIGH">().notNull(),
    factors: jsonb().$type<StoredChurnFactor[]>().notNull(),
    explanation: text().notNull(),
    recommendations: jsonb().$type<StoredChurnRecommendation[]>().notNull(),
    source: text().$type<ChurnSource>().notNull(),
    modelVersion: text().notNull(),
    /** Days after predictedAt the probability is about. */
    windowDays: integer().notNull(),
    predictedAt: instant().notNull(),
    validUntil: instant().notNull(),
    status: text().$type<ChurnPredictionStatus>().notNull().default("ACTIVE"),
    actualOutcome: text().$type<AccountOutcome>(),
    wasAccurate: boolean(),
    validatedAt: instant(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("churn_predictions_one_active_idx").on(t.organizationId, t.accountId).where(sql`status = 'ACTIVE'`),
    index("churn_predictions_account_idx").on(t.organizationId, t.accountId, t.predictedAt),
    index("churn_predictions_validated_idx").on(t.organizationId, t.validatedAt),
    index("churn_predictions_expiry_idx").on(t.status, t.validUntil),
  ],
);

/** Customer-success background work a manager asked for (predictChurnForPortfolio), run by the subgraph's own worker loop. */
export const customerSuccessJobs = customerSuccessSchema.table(
  "jobs",
  {
    id: id(),
    organizationId: organizationId(),
    kind: text().notNull(),
    status: text().$type<CsJobStatus>().notNull().default("QUEUED"),
    total: integer().notNull().default(0),
    done: integer().notNull().default(0),
    requestedBy: text().notNull(),
    result: jsonb(),
    lastError: text(),
    /** A RUNNING job whose lease passed (its process died) is claimed again. */
    leaseUntil: instant(),
    createdAt: createdAt(),
    startedAt: instant(),
    finishedAt: instant(),
  },
  (t) => [index("cs_jobs_claim_idx").on(t.status, t.createdAt), index("cs_jobs_org_idx").on(t.organizationId, t.createdAt)],
);
