import { sql } from "drizzle-orm";
import { index, integer, jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, customerSuccessSchema, id, organizationId, updatedAt } from "./_helpers";
import type { CtaCloseReason, CtaReason, CtaSource, CtaStatus, CtaType, Priority } from "./vocabulary";

const instant = () => timestamp({ withTimezone: true, mode: "date", precision: 3 });

/** One step of a playbook: what to do, and how many days after the CTA is raised it is due. */
export interface PlaybookTaskTemplate {
  title: string;
  dueOffsetDays: number;
}

/**
 * An organization's playbook for one CTA type + reason: the tasks every such CTA gets, and the
 * cooldown of the rule that raises it. The built-in defaults are inserted for an organization the
 * first time it needs one (see cta/default-playbooks.ts); managers edit them like any other.
 */
export const playbooks = customerSuccessSchema.table(
  "playbooks",
  {
    id: id(),
    organizationId: organizationId(),
    name: text().notNull(),
    ctaType: text().$type<CtaType>().notNull(),
    ctaReason: text().$type<CtaReason>().notNull(),
    /** Ordered task templates. */
    tasks: jsonb().$type<PlaybookTaskTemplate[]>().notNull(),
    /** Days after a CTA of this type + reason is closed during which automatic sources do not raise it again. */
    cooldownDays: integer().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("playbooks_org_type_reason_idx").on(t.organizationId, t.ctaType, t.ctaReason)],
);

/** Calls-to-action: a piece of customer-success work on one account. */
export const ctas = customerSuccessSchema.table(
  "ctas",
  {
    id: id(),
    organizationId: organizationId(),
    accountId: uuid().notNull(),
    type: text().$type<CtaType>().notNull(),
    reason: text().$type<CtaReason>().notNull(),
    priority: text().$type<Priority>().notNull(),
    /** The user (token subject) who owns the work; null while unassigned. */
    ownerId: text(),
    dueAt: instant().notNull(),
    status: text().$type<CtaStatus>().notNull().default("OPEN"),
    snoozedUntil: instant(),
    closeReason: text().$type<CtaCloseReason>(),
    source: text().$type<CtaSource>().notNull(),
    /** The id of the prediction or anomaly that raised it, when one did. */
    sourceRef: text(),
    playbookId: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    closedAt: instant(),
  },
  (t) => [
    // Dedup: at most one open (OPEN or SNOOZED) CTA per account + type + reason, whoever raises it.
    uniqueIndex("ctas_one_open_idx").on(t.organizationId, t.accountId, t.type, t.reason).where(sql`status in ('OPEN', 'SNOOZED')`),
    index("ctas_queue_idx").on(t.organizationId, t.status, t.dueAt),
    index("ctas_account_idx").on(t.organizationId, t.accountId, t.type, t.reason, t.closedAt),
  ],
);

/** A CTA's tasks, copied from its playbook when it was raised, in playbook order. */
export const ctaTasks = customerSuccessSchema.table(
  "cta_tasks",
  {
    id: id(),
    organizationId: organizationId(),
    ctaId: uuid().notNull(),
    position: integer().notNull(),
    title: text().notNull(),
    dueAt: instant().notNull(),
    doneAt: instant(),
  },
  (t) => [uniqueIndex("cta_tasks_cta_position_idx").on(t.ctaId, t.position)],
);

/**
 * When the nightly CTA rules run next. The replica whose update moves `nextRunAt` runs them, so a
 * run happens once however many customer-success processes tick (as scoring.job_schedules does).
 */
export const ctaRuleSchedule = customerSuccessSchema.table("cta_rule_schedule", {
  name: text().primaryKey(),
  intervalSeconds: integer().notNull(),
  nextRunAt: instant().notNull(),
  lastRunAt: instant(),
});
