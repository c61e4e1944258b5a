import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { ScoringContext } from "../context";
import { quality } from "../scoring-model/scoring-model.mapper";
import { ModelLevel } from "../scoring-model/scoring-model.type";
import { MAX_METRICS_PAGE } from "./model-metrics.service";
import { ModelMetricsConnection, type ModelMetricsPoint } from "./model-metrics.type";

@Resolver()
export class ModelMetricsResolver {
  @Query(() => ModelMetricsConnection, {
    description:
      "Model metrics over time, for analysts: every trained scoring model version, oldest first, with when it was trained and activated, its training counts and its as-of backtest (AUC, Brier, log loss, calibration error) next to the team's model and the default weights on the same leads. Managers and admins see the organization's versions; reps the team's and their own.",
  })
  async modelMetricsHistory(
    @Ctx() ctx: ScoringContext,
    @Arg("level", () => ModelLevel, {
      nullable: true,
      description: "Only the team's (ORGANIZATION) or reps' (REP) models; DEFAULT is never trained, so it lists none (its figures are every version's `default`).",
    })
    level: ModelLevel | undefined,
    @Arg("userId", () => ID, { nullable: true, description: "Only the team's model and this rep's (a rep may name only themselves)." }) userId: string | undefined,
    @Arg("first", () => Int, { defaultValue: 50, description: `Versions per page (0-${MAX_METRICS_PAGE}).` }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after: string | undefined,
  ): Promise<ModelMetricsConnection> {
    const page = await ctx.services.modelMetrics.page(level ?? undefined, userId ?? undefined, first, after ?? undefined);
    const nodes: ModelMetricsPoint[] = page.rows.map((row) => ({ ...row, level: row.level, model: quality(row.model), team: quality(row.team), default: quality(row.default) }));
    const connection = Object.assign(new ModelMetricsConnection(), {
      nodes,
      edges: nodes.map((node, i) => ({ node, cursor: page.cursors[i]! })),
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: false, startCursor: page.cursors[0] ?? null, endCursor: page.cursors.at(-1) ?? null },
    });
    // Counted only when asked for.
    Object.defineProperty(connection, "totalCount", { get: page.count });
    return connection;
  }
}
