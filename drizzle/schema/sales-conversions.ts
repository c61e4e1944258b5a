import { text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, salesSchema } from "./_helpers";
import { OUTCOMES, type Outcome } from "./vocabulary";

export const conversionOutcomes = OUTCOMES;
export type ConversionOutcome = Outcome;

/**
 * The outcome of a lead, recorded exactly once: a lead has at most one conversion and an
 * idempotency key names at most one. This is the training label the scoring subgraph reads.
 */
export const conversions = salesSchema.table(
  "conversions",
  {
    id: id(),
    organizationId: organizationId(),
    leadId: uuid().notNull(),
    outcome: text().$type<ConversionOutcome>().notNull(),
    occurredAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull(),
    idempotencyKey: text().notNull(),
    recordedBy: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("conversions_lead_idx").on(t.leadId), uniqueIndex("conversions_org_idempotency_idx").on(t.organizationId, t.idempotencyKey)],
);
