import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Account } from "../account/account.type";
import type { CustomerSuccessContext } from "../context";
import { toChurnModelInfo, toChurnPrediction } from "./churn.mapper";
import { ChurnModelInfo, ChurnPortfolioJob, ChurnPrediction, ChurnPredictionAccuracy, PredictChurnPayload, TrainChurnModelPayload } from "./churn.type";

@Resolver(() => Account)
export class ChurnResolver {
  @FieldResolver(() => ChurnPrediction, {
    nullable: true,
    description: "The account's current churn prediction: the stored ACTIVE one while valid, else computed (and stored) now; null once the account has churned.",
  })
  async churnRisk(@Root() account: Account, @Ctx() ctx: CustomerSuccessContext): Promise<ChurnPrediction | null> {
    const row = await ctx.loaders.churnRisk.load(account.id);
    return row ? toChurnPrediction(row) : null;
  }

  @Mutation(() => PredictChurnPayload, { description: "The account's churn prediction: the stored one while valid, or a new one replacing it (forceRefresh: always new)." })
  async predictChurn(
    @Arg("accountId", () => ID, { description: "The account." }) accountId: string,
    @Arg("forceRefresh", () => Boolean, { defaultValue: false, description: "Compute a new prediction even when a valid one is stored." }) forceRefresh: boolean,
    @Ctx() ctx: CustomerSuccessContext,
  ): Promise<PredictChurnPayload> {
    const result = await ctx.services.churn.predict(accountId, forceRefresh);
    return { prediction: result.prediction ? toChurnPrediction(result.prediction) : null, fromStore: result.fromStore, errors: result.errors };
  }

  @Mutation(() => TrainChurnModelPayload, {
    description: "Trains the organization's churn model from its recorded outcomes (managers and admins) and makes it serve predictions; stored predictions are superseded.",
  })
  async trainChurnModel(@Ctx() ctx: CustomerSuccessContext): Promise<TrainChurnModelPayload> {
    const result = await ctx.services.churn.train();
    return { model: result.model ? toChurnModelInfo(result.model) : null, errors: result.errors };
  }

  @Mutation(() => ChurnPortfolioJob, { description: "Queues a new churn prediction for every account not churned (managers and admins); poll churnPortfolioJob for progress." })
  async predictChurnForPortfolio(@Ctx() ctx: CustomerSuccessContext): Promise<ChurnPortfolioJob> {
    return (await ctx.services.churn.predictPortfolio()) as ChurnPortfolioJob;
  }

  @Query(() => ChurnPortfolioJob, { nullable: true, description: "A portfolio churn run of the caller's organization, or null." })
  async churnPortfolioJob(@Arg("id", () => ID, { description: "The job's id." }) id: string, @Ctx() ctx: CustomerSuccessContext): Promise<ChurnPortfolioJob | null> {
    return (await ctx.services.churn.portfolioJob(id)) as ChurnPortfolioJob | null;
  }

  @Query(() => ChurnModelInfo, { nullable: true, description: "The organization's newest churn model; null while predictions come from the rules." })
  async churnModel(@Ctx() ctx: CustomerSuccessContext): Promise<ChurnModelInfo | null> {
    const row = await ctx.services.churn.latestModel();
    return row ? toChurnModelInfo(row) : null;
  }

  @Query(() => ChurnPredictionAccuracy, { description: "How the churn predictions made in [from, to) fared against the outcomes recorded within their windows." })
  async churnPredictionAccuracy(
    @Arg("from", () => Date, { description: "Predictions made from (inclusive)." }) from: Date,
    @Arg("to", () => Date, { description: "Predictions made until (exclusive)." }) to: Date,
    @Ctx() ctx: CustomerSuccessContext,
  ): Promise<ChurnPredictionAccuracy> {
    return (await ctx.services.churn.accuracy(from, to)) as ChurnPredictionAccuracy;
  }
}
