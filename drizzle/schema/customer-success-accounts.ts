import { date, index, integer, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, customerSuccessSchema, id, organizationId, updatedAt } from "./_helpers";

export const lifecycleStages = ["ONBOARDING", "ADOPTION", "EXPANSION", "RENEWAL", "AT_RISK", "CHURNED"] as const;
export type LifecycleStage = (typeof lifecycleStages)[number];

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
    renewalDate: date({ mode: "string" }),
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
    recordedAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull(),
  },
  (t) => [index("account_health_history_account_idx").on(t.organizationId, t.accountId, t.recordedAt)],
);
