import { doublePrecision, index, integer, jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, customerSuccessSchema, id, organizationId, updatedAt } from "./_helpers";
import type { ScorecardMeasure } from "./vocabulary";

export const lifecycleStages = ["ONBOARDING", "ADOPTION", "EXPANSION", "RENEWAL", "AT_RISK", "CHURNED"] as const;
export type LifecycleStage = (typeof lifecycleStages)[number];
/** Custom fields of an account: the same shape as a lead's (flat strings, finite numbers, booleans). */
export type AccountAttributes = Record<string, string | number | boolean>;
/** One measure's part in a computed health point. */
export type HealthMeasureScore = { measure: ScorecardMeasure; score: number; weight: number };

/** Customer accounts, identified within an organization by their web domain. */
export const accounts = customerSuccessSchema.table(
  "accounts",
  {
    id: id(),
    organizationId: organizationId(),
    name: text().notNull(),
    domain: text().notNull(),
    healthScore: integer().notNull(),
    lifecycleStage: text().$type<LifecycleStage>().notNull(),
    /** The next renewal, an instant (was a YYYY-MM-DD date; migrated as midnight UTC). */
    renewalDate: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
    attributes: jsonb().$type<AccountAttributes>().notNull().default({}),
    /** The owning customer-success manager: a user id of the organization (the token's sub). */
    csmId: text(),
    /** Annual recurring revenue (contract value per year). */
    arr: doublePrecision(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("accounts_org_domain_idx").on(t.organizationId, t.domain)],
);

/** Every health score an account has had, for trends. */
export const accountHealthHistory = customerSuccessSchema.table(
  "account_health_history",
  {
    id: id(),
    organizationId: organizationId(),
    accountId: uuid().notNull(),
    score: integer().notNull(),
    /** The scorecard breakdown when the point was computed from signals; null for scores recorded by hand. */
    measures: jsonb().$type<HealthMeasureScore[]>(),
    recordedAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull(),
  },
  (t) => [index("account_health_history_account_idx").on(t.organizationId, t.accountId, t.recordedAt)],
);
