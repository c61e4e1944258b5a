import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { ScoringContext } from "../context";
import { defaultScoringModel, toScoringModel, toWeights } from "./scoring-model.mapper";
import { ActivateScoringModelPayload, RetrainScoringModelPayload, ScoringModel } from "./scoring-model.type";

@Resolver()
export class ScoringModelResolver {
  @Query(() => ScoringModel, { description: "The model serving the caller's predictions: their own, the team's, or the default." })
  async scoringModel(@Ctx() ctx: ScoringContext): Promise<ScoringModel> {
    const row = await ctx.services.models.serving();
    return row ? toScoringModel(row, ctx.identity.userId) : defaultScoringModel();
  }

  @Query(() => [ScoringModel], { description: "The caller's own trained models, newest first (active or not)." })
  async scoringModelHistory(
    @Ctx() ctx: ScoringContext,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many models (1-100)." }) first: number,
  ): Promise<ScoringModel[]> {
    const rows = await ctx.services.models.history(first);
    return rows.map((row) => toScoringModel(row, ctx.identity.userId));
  }

  @Mutation(() => RetrainScoringModelPayload, { description: "Trains the caller's model now from their won and lost leads, pooled toward the team's." })
  async retrainScoringModel(@Ctx() ctx: ScoringContext): Promise<RetrainScoringModelPayload> {
    const result = await ctx.services.training.retrainRep(ctx.identity.userId);
    return {
      model: result.model ? toScoringModel(result.model, ctx.identity.userId) : null,
      activated: result.activated,
      reason: result.reason,
      oldWeights: toWeights(result.oldWeights),
      newWeights: toWeights(result.newWeights),
      sampleSize: result.sampleSize,
      improvements: result.improvements,
      errors: result.errors,
    };
  }

  @Mutation(() => ActivateScoringModelPayload, { description: "Makes one of the caller's earlier model versions the active one (rollback)." })
  async activateScoringModel(
    @Arg("version", () => Int, { description: "The version of one of the caller's own models (see scoringModelHistory)." }) version: number,
    @Ctx() ctx: ScoringContext,
  ): Promise<ActivateScoringModelPayload> {
    const result = await ctx.services.models.activate(version);
    return { model: result.model ? toScoringModel(result.model, ctx.identity.userId) : null, errors: result.errors };
  }
}
