import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { SalesContext } from "../context";
import { MAX_SEASONALITY_CATEGORY, MAX_SEASONALITY_MONTHS } from "./seasonality.service";
import { Seasonality, SeasonalityMetric } from "./seasonality.type";

@Resolver()
export class SeasonalityResolver {
  @Query(() => Seasonality, {
    description:
      "Monthly lead volume or conversion rate with a classical seasonal decomposition (trend, seasonal indices, residual) and a forecast of the next three months with an interval. Managers and admins see the organization; reps their own leads.",
  })
  async seasonality(
    @Ctx() ctx: SalesContext,
    @Arg("metric", () => SeasonalityMetric, { description: "What to measure per month." }) metric: SeasonalityMetric,
    @Arg("source", () => String, { nullable: true, description: "Only leads of this source (default: every source)." }) source?: string | null,
    @Arg("category", () => String, {
      nullable: true,
      description: `Only leads of this catalog category (1-${MAX_SEASONALITY_CATEGORY} characters; default: every lead): a lead's category is that of the catalog item it first showed interest in, the item of its earliest offer or purchase (first line), so leads without either are in no category. A category no catalog item carries is refused with BAD_USER_INPUT; combines with source.`,
    })
    category?: string | null,
    @Arg("months", () => Int, {
      defaultValue: 36,
      description: `How many complete months before the current one (1-${MAX_SEASONALITY_MONTHS}); a decomposition needs 24 with data.`,
    })
    months = 36,
  ): Promise<Seasonality> {
    const view = await ctx.services.seasonality.seasonality(metric, { source: source ?? null, category: category ?? null }, months, new Date());
    return { ...view, metric };
  }
}
