import { sql } from "drizzle-orm";
import { check, index, integer, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, personalizationSchema } from "./_helpers";
import type { RecoveryPhase } from "./vocabulary";

const at = () => timestamp({ withTimezone: true, mode: "date", precision: 3 });

/**
 * A recovery step taken with a silent lead (a reminder, alternatives, an offer), how long the
 * lead had been silent then, and what followed: each outcome's first time, set once. The wait
 * before each phase is learned from these rows.
 */
export const recoveryAttempts = personalizationSchema.table(
  "recovery_attempts",
  {
    id: id(),
    organizationId: organizationId(),
    leadId: uuid().notNull(),
    phase: text().$type<RecoveryPhase>().notNull(),
    attemptedAt: at().notNull(),
    /** Whole days the lead had been silent when the step was taken. */
    silentDays: integer().notNull(),
    recordedById: text().notNull(),
    /** The customer's first activity after the attempt (set by the next recorded profile interaction, or recorded). */
    reEngagedAt: at(),
    purchasedAt: at(),
    convertedAt: at(),
    createdAt: createdAt(),
  },
  (t) => [
    index("recovery_attempts_org_phase_idx").on(t.organizationId, t.phase, t.silentDays),
    index("recovery_attempts_org_lead_idx").on(t.organizationId, t.leadId, t.attemptedAt),
    check("recovery_attempts_phase_check", sql`${t.phase} in ('REMINDER', 'ALTERNATIVES', 'OFFER')`),
    check("recovery_attempts_silent_days_check", sql`${t.silentDays} >= 0 and ${t.silentDays} <= 3650`),
  ],
);
