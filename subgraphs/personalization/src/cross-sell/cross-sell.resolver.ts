import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Account } from "../account/account.type";
import { toItem } from "../catalog/item.mapper";
import type { PersonalizationContext } from "../context";
import { RecommendedItem } from "../recommendation/recommendation.type";
import { MAX_ACCOUNT_SUGGESTIONS } from "./cross-sell.service";

@Resolver(() => Account)
export class AccountCrossSellResolver {
  @FieldResolver(() => [RecommendedItem], {
    description: `Items to cross-sell, best first (at most ${MAX_ACCOUNT_SUGGESTIONS}): bought by customers who bought what this account bought (its purchases recorded with its accountId), not owned yet; score is the item-to-item cosine over buyers. Empty for an account without purchases.`,
  })
  async crossSell(
    @Root() account: Account,
    @Ctx() ctx: PersonalizationContext,
    @Arg("first", () => Int, { defaultValue: 5, description: `How many (0-${MAX_ACCOUNT_SUGGESTIONS}).` }) first: number,
  ): Promise<RecommendedItem[]> {
    const result = await ctx.services.crossSell.crossSell(account.id, first);
    return result.map((r) => ({ item: toItem(r.item), score: r.score, reason: r.reason }));
  }

  @FieldResolver(() => [RecommendedItem], {
    description: `Items to upsell, best first (at most ${MAX_ACCOUNT_SUGGESTIONS}): in each category the account already buys, items listed above the dearest it owns there, by the share of the category's buyers who bought them. Empty for an account without purchases.`,
  })
  async upsell(
    @Root() account: Account,
    @Ctx() ctx: PersonalizationContext,
    @Arg("first", () => Int, { defaultValue: 5, description: `How many (0-${MAX_ACCOUNT_SUGGESTIONS}).` }) first: number,
  ): Promise<RecommendedItem[]> {
    const result = await ctx.services.crossSell.upsell(account.id, first);
    return result.map((r) => ({ item: toItem(r.item), score: r.score, reason: r.reason }));
  }
}
