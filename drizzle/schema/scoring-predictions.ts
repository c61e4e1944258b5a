import { boolean, doublePrecision, json, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, organizationId, scoringSchema } from "./_helpers";
import type { Action, Priority } from "./vocabulary";

export interface StoredFactor {
  name: string;
  label: string;
  /** The input in human units; null when it has none (e.g. days since the last activity, with no activity). */
  value: number | null;
  weight: number;
  contribution: number;
}

/** One ranked next action as computed with the prediction (dueAt as an ISO string). */
export interface StoredAction {
  action: Action;
  priority: Priority;
  reasoning: string;
  dueAt: string | null;
  successProbability: number;
  lift: number | null;
}

/**
 * Cached predictions, one per (lead, model). `fingerprint` captures the inputs (lead update time,
 * activity count and time, score time): a prediction whose fingerprint no longer matches is stale.
 * Factors and actions are `json`, not `jsonb`: they are only ever read whole, and the server sends
 * json as stored where jsonb is rebuilt as text on every read (for a page of 100 leads' factors,
 * 4.4 ms of server time against 0.2 ms for their first five as json; BENCHMARKS.md).
 */
export const predictions = scoringSchema.table(
  "predictions",
  {
    id: id(),
    organizationId: organizationId(),
    leadId: uuid().notNull(),
    /** The model that produced it: a scoring_models id, or "default". */
    modelKey: text().notNull(),
    modelVersion: text().notNull(),
    kind: text().notNull().default("CONVERSION"),
    fingerprint: text().notNull(),
    probability: doublePrecision().notNull(),
    confidence: text().notNull(),
    personalized: boolean().notNull(),
    /** The largest factors by |contribution|, largest first: at most KEPT_FACTORS (20, prediction-factors.ts), not every feature. */
    factors: json().$type<StoredFactor[]>().notNull(),
    /** The first factors of `factors` (DEFAULT_FACTORS, 5): what a list reads when it asks for that many or fewer. */
    topFactors: json().$type<StoredFactor[]>().notNull().default([]),
    reasoning: text().notNull(),
    /** The next action's priority for this lead when the prediction was made: what the work list filters on. */
    actionPriority: text().$type<Priority>(),
    /**
     * The ranked next actions computed with the prediction, before the caller's preferences apply:
     * a list serves them without reading the lead's activities. Null on rows written before the column.
     */
    actions: json().$type<StoredAction[]>(),
    predictedAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull(),
  },
  (t) => [uniqueIndex("predictions_lead_model_idx").on(t.organizationId, t.leadId, t.modelKey, t.kind)],
);
