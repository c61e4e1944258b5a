/**
 * Model metrics over time, for analysts: who may see which model versions. Managers and admins see
 * every version of the organization (the team's and each rep's); a rep sees the team's and their own.
 */
import { forbidden, type Identity } from "@revgraph/auth";
import { checkPageSize, decodeCursor, encodeCursor, isUuid } from "@revgraph/graph";
import type { ModelMetricsCursor, ModelMetricsQuery, ModelMetricsRepository, ModelMetricsRow } from "./model-metrics.repository";

export const MAX_METRICS_PAGE = 100;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export interface ModelMetricsPage {
  rows: ModelMetricsRow[];
  cursors: string[];
  hasNextPage: boolean;
  count: () => Promise<number>;
}

export class ModelMetricsService {
  constructor(
    private readonly repo: ModelMetricsRepository,
    private readonly identity: Identity,
  ) {}

  async page(level: "organization" | "rep" | "default" | undefined, userId: string | undefined, first: number, after: string | undefined): Promise<ModelMetricsPage> {
    checkPageSize(first, MAX_METRICS_PAGE);
    const cursor = after ? decodeMetricsCursor(after) : null;
    const query = this.query(level, userId);
    const rows = await this.repo.page(query, cursor, first + 1);
    const page = rows.slice(0, first);
    return {
      rows: page,
      cursors: page.map((r) => encodeCursor([r.trainedAt.toISOString(), r.id])),
      hasNextPage: rows.length > first,
      count: () => this.repo.count(query),
    };
  }

  private query(level: "organization" | "rep" | "default" | undefined, userId: string | undefined): ModelMetricsQuery {
    const isRep = this.identity.role === "rep";
    if (userId !== undefined && isRep && userId !== this.identity.userId) throw forbidden("Reps see the metrics of their own models and the team's only");
    // The default weights are never trained: their figures are the `default` of every stored version.
    if (level === "default") return { owners: [] };
    const rep = level === "rep" ? "rep" : level === "organization" ? "organization" : undefined;
    if (userId !== undefined) return { level: rep, owners: [null, userId] };
    return { level: rep, owners: isRep ? [null, this.identity.userId] : undefined };
  }
}

function decodeMetricsCursor(after: string): ModelMetricsCursor {
  return decodeCursor("after", after, ([trainedAt, id]) =>
    typeof trainedAt === "string" && ISO_TIMESTAMP.test(trainedAt) && !Number.isNaN(Date.parse(trainedAt)) && typeof id === "string" && isUuid(id) ? { trainedAt, id } : null,
  );
}
