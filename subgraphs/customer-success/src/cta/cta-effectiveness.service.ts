/** Feeds ctaEffectiveness (pure) with the organization's successfully closed CTAs and its renewal outcomes. */
import { and, between, eq, isNotNull, lte } from "drizzle-orm";
import { schema, type Database } from "@revgraph/db";
import { badInput } from "@revgraph/graph";
import { ctaEffectiveness, type CtaEffectivenessGroup, type EffectivenessOutcome } from "./cta-effectiveness";
import { DAY_MS } from "./cta-urgency";

/** Outcomes looked at when no window is given: the last year. */
export const DEFAULT_EFFECTIVENESS_DAYS = 365;

/** The organization's account outcomes (renewed, churned, …) that occurred in [from, to]. */
export function readAccountOutcomesForEffectiveness(db: Database, organizationId: string, from: Date, to: Date): Promise<EffectivenessOutcome[]> {
  const o = schema.accountOutcomes;
  return db
    .select({ accountId: o.accountId, outcome: o.outcome, occurredAt: o.occurredAt })
    .from(o)
    .where(and(eq(o.organizationId, organizationId), between(o.occurredAt, from, to)));
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
