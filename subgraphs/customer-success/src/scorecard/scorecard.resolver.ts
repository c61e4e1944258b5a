import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { CustomerSuccessContext } from "../context";
import { Scorecard, UpdateScorecardInput, UpdateScorecardPayload } from "./scorecard.type";

@Resolver(() => Scorecard)
export class ScorecardResolver {
  @Query(() => Scorecard, { description: "How the caller's organization computes account health: its own scorecard, or the default." })
  async scorecard(@Ctx() ctx: CustomerSuccessContext): Promise<Scorecard> {
    return ctx.services.scorecards.current();
  }

  @Mutation(() => UpdateScorecardPayload, {
    description: "Replaces the organization's scorecard and rescores every account that has signals (managers and admins; reps get FORBIDDEN).",
  })
  async updateScorecard(
    @Arg("input", () => UpdateScorecardInput, { description: "The new scorecard: its measures and their weights." }) input: UpdateScorecardInput,
    @Ctx() ctx: CustomerSuccessContext,
  ): Promise<UpdateScorecardPayload> {
    const result = await ctx.services.scorecards.update(input.measures);
    return { scorecard: result.scorecard, recomputedCount: result.recomputed, errors: result.errors };
  }
}
