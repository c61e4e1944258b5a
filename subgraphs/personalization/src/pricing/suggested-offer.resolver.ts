import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { PersonalizationContext } from "../context";
import { toItem } from "../catalog/item.mapper";
import { Lead } from "../lead/lead.type";
import { SuggestedOffer } from "./suggested-offer.type";

@Resolver(() => Lead)
export class LeadSuggestedOfferResolver {
  @FieldResolver(() => SuggestedOffer, {
    nullable: true,
    description:
      "The discount to offer this lead on an item, within the organization's offer policy, with the expected conversion lift and its factors; null when the item is not in the caller's catalog.",
  })
  async suggestedOffer(
    @Root() lead: Lead,
    @Ctx() ctx: PersonalizationContext,
    @Arg("itemId", () => ID, { description: "The catalog item (of the caller's organization)." }) itemId: string,
  ): Promise<SuggestedOffer | null> {
    const result = await ctx.services.suggestedOffers.suggest(lead.id, itemId);
    return result ? { ...result, item: toItem(result.item) } : null;
  }
}
