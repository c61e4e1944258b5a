import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { forbidden } from "@revgraph/auth";
import { badInput } from "@revgraph/graph";
import type { SalesContext } from "../context";
import { AnalyticsRepository, type LeadScope } from "./analytics.repository";
import { AnalyticsGrouping, AnalyticsScope, FunnelStage, WinRateRow } from "./analytics.type";

@Resolver()
export class AnalyticsResolver {
  @Query(() => [WinRateRow], {
    description: "Lead volume, outcomes and win rate by source, rep or creation month. Managers and admins see the organization; reps their own leads.",
  })
  async winRates(
    @Ctx() ctx: SalesContext,
    @Arg("groupBy", () => AnalyticsGrouping, { description: "What to group by." }) groupBy: AnalyticsGrouping,
    @Arg("scope", () => AnalyticsScope, { nullable: true, description: "Which leads (default: all the caller may see)." }) scope?: AnalyticsScope,
  ): Promise<WinRateRow[]> {
    const rows = await new AnalyticsRepository(ctx.db).winRates(scopeFor(ctx, scope), groupBy);
    return rows.map((r) => ({ ...r, winRate: r.won + r.lost > 0 ? r.won / (r.won + r.lost) : null }));
  }

  @Query(() => [FunnelStage], { description: "The funnel from each lead's status history: how many reached each stage, were won from it, or were lost there." })
  async funnel(
    @Ctx() ctx: SalesContext,
    @Arg("scope", () => AnalyticsScope, { nullable: true, description: "Which leads (default: all the caller may see)." }) scope?: AnalyticsScope,
  ): Promise<FunnelStage[]> {
    const stages = await new AnalyticsRepository(ctx.db).funnel(scopeFor(ctx, scope));
    return stages.map((s, i) => {
      const previous = i > 0 ? stages[i - 1]!.reached : 0;
      return {
        ...s,
        conversionRate: s.reached > 0 ? s.won / s.reached : null,
        stepRate: i > 0 && previous > 0 ? s.reached / previous : null,
      };
    });
  }
}

function scopeFor(ctx: SalesContext, scope: AnalyticsScope | undefined): LeadScope {
  const { identity } = ctx;
  if (scope?.from && scope.to && scope.from >= scope.to) throw badInput("scope.to", "scope.to must be after scope.from");
  if (scope?.repId && scope.repId.length > 200) throw badInput("scope.repId", "scope.repId is at most 200 characters");
  if (identity.role === "rep" && scope?.repId && scope.repId !== identity.userId) throw forbidden("Reps see their own analytics only");
  const assigneeId = identity.role === "rep" ? identity.userId : (scope?.repId ?? null);
  return { organizationId: identity.organizationId, assigneeId, from: scope?.from ?? null, to: scope?.to ?? null };
}
