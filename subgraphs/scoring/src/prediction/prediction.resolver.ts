import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { ScoringContext } from "../context";
import { DEFAULT_FACTORS, factorCount, KEPT_FACTORS } from "./prediction-factors";
import { Prediction, PredictionFactor } from "./prediction.type";

@Resolver(() => Prediction)
export class PredictionResolver {
  @FieldResolver(() => [PredictionFactor], {
    description: `The inputs with the largest effect on this prediction, by |contribution|, largest first. Only the ${KEPT_FACTORS} largest are kept with each prediction.`,
  })
  async factors(
    @Root() prediction: Prediction,
    @Ctx() ctx: ScoringContext,
    @Arg("first", () => Int, {
      nullable: true,
      defaultValue: DEFAULT_FACTORS,
      description: `How many factors, largest first: 0 to ${KEPT_FACTORS} (default ${DEFAULT_FACTORS}); null for every kept factor (at most ${KEPT_FACTORS}). Outside that range: a BAD_USER_INPUT error.`,
    })
    first: number | null,
  ): Promise<PredictionFactor[]> {
    const count = factorCount(first);
    let row = await ctx.loaders.predictionFactors.load(prediction.id);
    // A list's read brings the first few factors only; more are read when this selection asks for them.
    if (row && !row.complete && count > row.factors.length) row = await ctx.loaders.predictionFactors.clear(prediction.id).load(prediction.id);
    return (row?.factors ?? []).slice(0, count);
  }
}
