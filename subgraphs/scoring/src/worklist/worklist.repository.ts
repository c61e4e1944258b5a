/**
 * The work list in SQL: which of a rep's open leads lack a current prediction from their active
 * model, and one keyset page of those leads ordered by the stored prediction. Leads come from
 * sales' view for scoring, temperatures from personalization's; predictions are scoring's own.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@revgraph/db";
import { rowsOf } from "../jobs/job-queue";
import type { Priority, Temperature } from "@revgraph/db/vocabulary";
import type { OpenLeadStatus } from "./worklist.type";

export interface WorklistQuery {
  assigneeId: string;
  modelKey: string;
  statuses: readonly OpenLeadStatus[];
  sources: readonly string[] | null;
  minProbability: number | null;
  priorities: readonly Priority[] | null;
  temperatures: readonly Temperature[] | null;
  order: "PROBABILITY" | "EXPECTED_VALUE";
}

export interface WorklistCursor {
  key: number;
  leadId: string;
}

export interface WorklistRow {
  leadId: string;
  probability: number;
  confidence: string;
  expectedValue: number | null;
  key: number;
}

export class WorklistRepository {
  constructor(
    private readonly db: Database,
    private readonly organizationId: string,
  ) {}

  /**
   * Open leads of the assignee whose stored prediction from this model is missing or out of date:
   * older than `staleBefore`, or older than the lead's last update or last recorded activity
   * (the same inputs as a prediction's fingerprint), made before predictions kept their action's priority,
   * or made by older code (its fingerprint lacks `fingerprintPrefix`).
   */
  async staleLeadIds(assigneeId: string, modelKey: string, staleBefore: Date, fingerprintPrefix: string): Promise<string[]> {
    const rows = rowsOf<{ id: string }>(
      await this.db.execute(sql`
        select l.id from sales.leads_for_scoring l
        left join scoring.predictions p
          on p.organization_id = l.organization_id and p.lead_id = l.id and p.model_key = ${modelKey} and p.kind = 'CONVERSION'
        where l.organization_id = ${this.organizationId} and l.assigned_to_id = ${assigneeId} and l.status not in ('WON', 'LOST')
          and (p.id is null or p.action_priority is null or left(p.fingerprint, ${fingerprintPrefix.length}) <> ${fingerprintPrefix} or p.predicted_at < ${staleBefore.toISOString()}::timestamptz or l.updated_at > p.predicted_at
            or exists (select 1 from scoring.activities a
                       where a.organization_id = l.organization_id and a.lead_id = l.id and a.created_at > p.predicted_at))`),
    );
    return rows.map((r) => r.id);
  }

  /** One page (limit rows) after the cursor, highest key first, ties by lead id. */
  async page(q: WorklistQuery, after: WorklistCursor | null, limit: number): Promise<WorklistRow[]> {
    const key = this.keyOf(q);
    const rows = rowsOf<{ lead_id: string; probability: number; confidence: string; expected_value: number | null; key: number }>(
      await this.db.execute(sql`
        select l.id as lead_id, p.probability, p.confidence,
               p.probability * l.value::float8 as expected_value, ${key} as key
        from ${this.matching(q)}
        ${after ? sql`and (${key} < ${after.key} or (${key} = ${after.key} and l.id > ${after.leadId}))` : sql``}
        order by key desc, l.id asc
        limit ${limit}`),
    );
    return rows.map((r) => ({
      leadId: r.lead_id,
      probability: Number(r.probability),
      confidence: r.confidence,
      expectedValue: r.expected_value === null ? null : Number(r.expected_value),
      key: Number(r.key),
    }));
  }

  async count(q: WorklistQuery): Promise<number> {
    const [row] = rowsOf<{ n: number }>(await this.db.execute(sql`select count(*)::int as n from ${this.matching(q)}`));
    return Number(row?.n ?? 0);
  }

  private keyOf(q: WorklistQuery): SQL {
    return q.order === "EXPECTED_VALUE" ? sql`(p.probability * coalesce(l.value::float8, 0))` : sql`p.probability`;
  }

  /** The leads of the query joined to their prediction, as a FROM clause with its WHERE. */
  private matching(q: WorklistQuery): SQL {
    const conditions: SQL[] = [
      sql`l.organization_id = ${this.organizationId}`,
      sql`l.assigned_to_id = ${q.assigneeId}`,
      sql`l.status in (${sql.join(
        q.statuses.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    ];
    if (q.sources)
      conditions.push(
        q.sources.length === 0
          ? sql`false`
          : sql`l.source in (${sql.join(
              q.sources.map((s) => sql`${s}`),
              sql`, `,
            )})`,
      );
    if (q.minProbability !== null) conditions.push(sql`p.probability >= ${q.minProbability}`);
    if (q.priorities)
      conditions.push(
        q.priorities.length === 0
          ? sql`false`
          : sql`p.action_priority in (${sql.join(
              q.priorities.map((s) => sql`${s}`),
              sql`, `,
            )})`,
      );
    if (q.temperatures)
      conditions.push(
        q.temperatures.length === 0
          ? sql`false`
          : sql`exists (select 1 from personalization.profiles_for_scoring t
                        where t.organization_id = l.organization_id and t.lead_id = l.id and t.temperature in (${sql.join(
                          q.temperatures.map((s) => sql`${s}`),
                          sql`, `,
                        )}))`,
      );
    return sql`sales.leads_for_scoring l
      join scoring.predictions p
        on p.organization_id = l.organization_id and p.lead_id = l.id and p.model_key = ${q.modelKey} and p.kind = 'CONVERSION'
      where ${sql.join(conditions, sql` and `)}`;
  }
}
