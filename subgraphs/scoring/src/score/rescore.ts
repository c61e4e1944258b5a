/**
 * Nightly rescoring, set-based: one statement recomputes the engagement score of every open lead
 * as of `now` (scores decay with time), one drops the cached predictions of open leads so the next
 * read recomputes them with today's recency. No query per lead.
 */
import { sql } from "drizzle-orm";
import type { Database } from "@revgraph/db";
import { affected, recomputeScores } from "./lead-score.repository";

export interface RescoreResult {
  scored: number;
  predictionsCleared: number;
}

export async function rescoreOpenLeads(db: Database, now: Date, organizationId: string | null = null): Promise<RescoreResult> {
  const open = sql`a.lead_id in (select l.id from sales.leads_for_scoring l where l.status not in ('WON', 'LOST')${organizationId === null ? sql`` : sql` and l.organization_id = ${organizationId}`})`;
  return db.transaction(async (tx) => {
    const scored = await recomputeScores(tx, organizationId, open, now);
    const cleared = await tx.execute(sql`
      delete from scoring.predictions p using sales.leads_for_scoring l
      where l.organization_id = p.organization_id and l.id = p.lead_id and l.status not in ('WON', 'LOST')${organizationId === null ? sql`` : sql` and p.organization_id = ${organizationId}`}`);
    return { scored, predictionsCleared: affected(cleared) };
  });
}
