/**
 * Model metrics over time in SQL: each stored model version's training counts and the overall
 * figures of its as-of backtest, read out of the stored evaluation JSON, one keyset page at a time,
 * always scoped to the caller's organization.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@revgraph/db";
import type { QualityMetrics } from "@revgraph/learning";
import { rowsOf } from "@revgraph/db";

export interface ModelMetricsQuery {
  /** Only rows of these owners: null for the team's model, a user id for a rep's; undefined for every owner. */
  owners?: readonly (string | null)[];
  /** Only the team's models ("organization") or reps' ("rep"). */
  level?: "organization" | "rep";
}

export interface ModelMetricsCursor {
  trainedAt: string;
  id: string;
}

export interface ModelMetricsRow {
  id: string;
  level: "organization" | "rep";
  userId: string | null;
  version: number;
  active: boolean;
  trainedAt: Date;
  activatedAt: Date | null;
  trainingLeads: number;
  trainingWins: number;
  backtestLeads: number;
  backtestWins: number;
  model: QualityMetrics | null;
  team: QualityMetrics | null;
  default: QualityMetrics | null;
}

type Raw = Record<string, unknown>;

/** The four metrics of one model in the backtest's overall scores, as columns prefixed `name_`. */
function metricColumns(path: string, name: string): SQL {
  const at = (metric: string) => sql.raw(`(evaluation #>> '{backtest,overall,${path},${metric}}')::float8 as ${name}_${metric.toLowerCase()}`);
  return sql.join([at("auc"), at("brier"), at("logLoss"), at("ece")], sql`, `);
}

function quality(r: Raw, name: string): QualityMetrics | null {
  const brier = r[`${name}_brier`];
  if (brier === null || brier === undefined) return null;
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return { auc: n(r[`${name}_auc`]), brier: Number(brier), logLoss: Number(r[`${name}_logloss`]), ece: Number(r[`${name}_ece`]) };
}

export class ModelMetricsRepository {
  constructor(
    private readonly db: Database,
    private readonly organizationId: string,
  ) {}

  /** One page (limit rows) after the cursor, oldest training first, ties by id. */
  async page(q: ModelMetricsQuery, after: ModelMetricsCursor | null, limit: number): Promise<ModelMetricsRow[]> {
    const conditions = this.matching(q);
    if (after) conditions.push(sql`(trained_at, id) > (${after.trainedAt}::timestamptz, ${after.id}::uuid)`);
    const rows = rowsOf<Raw>(
      await this.db.execute(sql`
        select id, level, user_id, version, active, trained_at, activated_at, sample_size, positives,
               coalesce((evaluation #>> '{backtest,overall,count}')::int, 0) as backtest_leads,
               coalesce((evaluation #>> '{backtest,overall,positives}')::int, 0) as backtest_wins,
               ${metricColumns("model", "model")}, ${metricColumns("organization", "team")}, ${metricColumns("default", "dflt")}
        from scoring.scoring_models
        where ${sql.join(conditions, sql` and `)}
        order by trained_at asc, id asc
        limit ${limit}`),
    );
    return rows.map((r) => ({
      id: String(r.id),
      level: r.level as ModelMetricsRow["level"],
      userId: (r.user_id as string | null) ?? null,
      version: Number(r.version),
      active: Boolean(r.active),
      trainedAt: new Date(r.trained_at as string),
      activatedAt: r.activated_at ? new Date(r.activated_at as string) : null,
      trainingLeads: Number(r.sample_size),
      trainingWins: Number(r.positives),
      backtestLeads: Number(r.backtest_leads),
      backtestWins: Number(r.backtest_wins),
      model: quality(r, "model"),
      team: quality(r, "team"),
      default: quality(r, "dflt"),
    }));
  }

  async count(q: ModelMetricsQuery): Promise<number> {
    const [row] = rowsOf<{ n: number }>(await this.db.execute(sql`select count(*)::int as n from scoring.scoring_models where ${sql.join(this.matching(q), sql` and `)}`));
    return Number(row?.n ?? 0);
  }

  private matching(q: ModelMetricsQuery): SQL[] {
    const conditions = [sql`organization_id = ${this.organizationId}`];
    if (q.level) conditions.push(sql`level = ${q.level}`);
    if (q.owners) {
      const users = q.owners.filter((o): o is string => o !== null);
      const parts = [
        ...(q.owners.includes(null) ? [sql`user_id is null`] : []),
        ...(users.length
          ? [
              sql`user_id in (${sql.join(
                users.map((u) => sql`${u}`),
                sql`, `,
              )})`,
            ]
          : []),
      ];
      conditions.push(parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`);
    }
    return conditions;
  }
}
