import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { forbidden } from "@revgraph/auth";
import { badInput } from "@revgraph/graph";
import type { CustomerSuccessContext } from "../context";
import { summarizeAiUsage } from "./ai-usage.repository";
import { AiUsageGroup, AiUsageGrouping } from "./ai-usage.type";

const MAX_RANGE_DAYS = 3660;

@Resolver()
export class AiUsageResolver {
  @Query(() => [AiUsageGroup], { description: "The organization's language-model calls in [from, to) in every subgraph, grouped (admins only)." })
  async aiUsage(
    @Arg("from", () => Date, { description: "From (inclusive)." }) from: Date,
    @Arg("to", () => Date, { description: "To (exclusive)." }) to: Date,
    @Arg("groupBy", () => AiUsageGrouping, { description: "How to group the calls." }) groupBy: AiUsageGrouping,
    @Ctx() ctx: CustomerSuccessContext,
  ): Promise<AiUsageGroup[]> {
    if (ctx.identity.role !== "admin") throw forbidden("Only admins can read AI usage");
    if (to.getTime() <= from.getTime()) throw badInput("to", "to must be after from");
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw badInput("to", `The range may span at most ${MAX_RANGE_DAYS} days`);
    return summarizeAiUsage(ctx.db, ctx.identity.organizationId, from, to, groupBy);
  }
}
