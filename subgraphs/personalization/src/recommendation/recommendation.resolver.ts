import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { PersonalizationContext } from "../context";
import { toItem } from "../catalog/item.mapper";
import { Lead } from "../lead/lead.type";
import { MAX_BUNDLES, MAX_RECOMMENDATIONS } from "./recommendation.service";
import { Bundle, RecommendedItem } from "./recommendation.type";

@Resolver(() => Lead)
export class LeadRecommendationResolver {
  @FieldResolver(() => [RecommendedItem], {
    description: `Catalog items for this lead, best first (at most ${MAX_RECOMMENDATIONS}): what customers who bought and viewed the same items also chose, blended with the lead's stated preferences. Never an item the lead rejected or already bought.`,
  })
  async recommendedItems(
    @Root() lead: Lead,
    @Ctx() ctx: PersonalizationContext,
    @Arg("first", () => Int, { defaultValue: 5, description: `How many (0-${MAX_RECOMMENDATIONS}).` }) first: number,
  ): Promise<RecommendedItem[]> {
    const result = await ctx.services.recommendations.forLead(lead.id, first);
    return result.map((r) => ({ item: toItem(r.item), score: r.score, reason: r.reason }));
  }
}

@Resolver(() => Bundle)
export class BundleResolver {
  @Query(() => [Bundle], {
    description: `Pairs of items frequently bought in the same purchase (in at least 5 purchases and 0.5% of them), by lift (at most ${MAX_BUNDLES}), each with a bundle price within the offer policy.`,
  })
  async bundles(@Ctx() ctx: PersonalizationContext, @Arg("first", () => Int, { defaultValue: 10, description: `How many (0-${MAX_BUNDLES}).` }) first: number): Promise<Bundle[]> {
    const result = await ctx.services.recommendations.bundles(first);
    return result.map((b) => ({
      items: b.items.map(toItem),
      orders: b.orders,
      support: b.support,
      confidence: b.confidence,
      lift: b.lift,
      listPrice: b.pricing.listPrice,
      discount: b.pricing.discount,
      price: b.pricing.price,
      discountReason: b.pricing.reason,
      reason: `Bought together in ${b.orders} of ${b.firstItemOrders} purchases of ${b.items[0].name}`,
    }));
  }
}
