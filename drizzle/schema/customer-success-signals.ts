import { doublePrecision, index, jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, customerSuccessSchema, id, organizationId, updatedAt } from "./_helpers";
import type { AccountOutcome, AccountSignalType, HealthMeasure, ScorecardMeasure } from "./vocabulary";

const instant = () => timestamp({ withTimezone: true, mode: "date", precision: 3 });

/** Time-stamped facts about an account (usage, support, survey answers, CSM activity): what health and churn are computed from. */
export const accountSignals = customerSuccessSchema.table(
  "account_signals",
  {
    id: id(),
    organizationId: organizationId(),
    accountId: uuid().notNull(),
    type: text().$type<AccountSignalType>().notNull(),
    /** A count for usage, tickets and CSM activity; the answer for NPS (0-10) and CSAT (1-5). */
    value: doublePrecision().notNull(),
    /** A short qualifier, e.g. the feature used. */
    detail: text(),
    occurredAt: instant().notNull(),
    recordedBy: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("account_signals_account_idx").on(t.organizationId, t.accountId, t.occurredAt)],
);

/**
 * How an account's renewal period ended, recorded once per period: an account has no two
 * outcomes less than 365 days apart, and an idempotency key names at most one outcome.
 */
export const accountOutcomes = customerSuccessSchema.table(
  "account_outcomes",
  {
    id: id(),
    organizationId: organizationId(),
    accountId: uuid().notNull(),
    outcome: text().$type<AccountOutcome>().notNull(),
    occurredAt: instant().notNull(),
    idempotencyKey: text().notNull(),
    recordedBy: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("account_outcomes_account_idx").on(t.organizationId, t.accountId, t.occurredAt),
    uniqueIndex("account_outcomes_org_idempotency_idx").on(t.organizationId, t.idempotencyKey),
  ],
);

/** An organization's health scorecard: the measures it weighs. Organizations without a row use the default. */
export const scorecards = customerSuccessSchema.table("scorecards", {
  organizationId: organizationId().primaryKey(),
  measures: jsonb().$type<{ measure: ScorecardMeasure; weight: number }[]>().notNull(),
  updatedBy: text().notNull(),
  updatedAt: updatedAt(),
});

/** Sudden drops in an account's health or one of its measures, against its own history. */
export const accountAnomalies = customerSuccessSchema.table(
  "account_anomalies",
  {
    id: id(),
    organizationId: organizationId(),
    accountId: uuid().notNull(),
    measure: text().$type<HealthMeasure>().notNull(),
    /** The score that dropped, and the median of the points it was compared with. */
    score: doublePrecision().notNull(),
    baseline: doublePrecision().notNull(),
    /** Robust z-score: 0.6745 × (score − median) / MAD (negative for a drop). */
    zScore: doublePrecision().notNull(),
    detectedAt: instant().notNull(),
  },
  (t) => [index("account_anomalies_account_idx").on(t.organizationId, t.accountId, t.detectedAt)],
);
