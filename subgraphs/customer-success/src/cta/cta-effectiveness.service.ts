/** Feeds ctaEffectiveness (pure) with the organization's successfully closed CTAs and its renewal outcomes. */
import { and, eq, isNotNull, lte } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import { badInput } from "@revgraph/graph";
import { ctaEffectiveness, type CtaEffectivenessGroup, type EffectivenessOutcome } from "./cta-effectiveness";
import { DAY_MS } from "./cta-urgency";

/** Outcomes looked at when no window is given: the last year. */
export const DEFAULT_EFFECTIVENESS_DAYS = 365;

/**
 * The organization's account outcomes (renewed, churned, …) that occurred in [from, to].
 *
 * STUB until customer_success.account_outcomes is merged: it answers no outcomes, so every group
 * has zero accounts. Wiring it is this one query:
 *
 *   db.select({ accountId: o.accountId, outcome: o.outcome, occurredAt: o.occurredAt })
 *     .from(o).where(and(eq(o.organizationId, organizationId), between(o.occurredAt, from, to)))   // o = schema.accountOutcomes
 */
export async function readAccountOutcomesForEffectiveness(_db: Database, _organizationId: string, _from: Date, _to: Date): Promise<EffectivenessOutcome[]> {
  return [];
}

export async function ctaEffectivenessFor(db: Database, organizationId: string, window: { from?: Date | null; to?: Date | null }, now: Date): Promise<CtaEffectivenessGroup[]> {
  const to = window.to ?? now;
  const from = window.from ?? new Date(to.getTime() - DEFAULT_EFFECTIVENESS_DAYS * DAY_MS);
  if (from.getTime() > to.getTime()) throw badInput("from", "from must not be after to");
  const { ctas } = schema;
  const [closed, outcomes] = await Promise.all([
    db
      .select({ accountId: ctas.accountId, type: ctas.type, playbookId: ctas.playbookId, closeReason: ctas.closeReason, closedAt: ctas.closedAt })
      .from(ctas)
      .where(and(eq(ctas.organizationId, organizationId), eq(ctas.closeReason, "RESOLVED_SUCCESS"), isNotNull(ctas.closedAt), lte(ctas.closedAt, to))),
    readAccountOutcomesForEffectiveness(db, organizationId, from, to),
  ]);
  return ctaEffectiveness(closed, outcomes);
}
