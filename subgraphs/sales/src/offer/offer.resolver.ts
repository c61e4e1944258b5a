import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { SalesContext } from "../context";
import { toItem } from "../catalog/item.mapper";
import { Item } from "../catalog/item.type";
import { Lead } from "../lead/lead.type";
import { RecordOfferInput, RecordOfferOutcomeInput } from "./offer.input";
import { toOffer } from "./offer.mapper";
import { OfferPayload } from "./offer.payload";
import { Offer } from "./offer.type";
import { storedLead } from "../lead/lead.found";

@Resolver(() => Offer)
export class OfferResolver {
  @Mutation(() => OfferPayload, {
    description:
      "Records a discount offered to a lead on a catalog item, within the offer policy: above its maxDiscount only when the caller's role may approve (the caller is then stored as the approver), never deeper than its margin floor allows.",
  })
  async recordOffer(
    @Arg("input", () => RecordOfferInput, { description: "The lead, the item and the discount offered." }) input: RecordOfferInput,
    @Ctx() ctx: SalesContext,
  ): Promise<OfferPayload> {
    const result = await ctx.services.offers.record(input);
    return { offer: result.offer ? toOffer(result.offer) : null, errors: result.errors };
  }

  @Mutation(() => OfferPayload, { description: "Records how an offer ended, once (the same outcome again is a replay)." })
  async recordOfferOutcome(
    @Arg("input", () => RecordOfferOutcomeInput, { description: "The offer and how it ended." }) input: RecordOfferOutcomeInput,
    @Ctx() ctx: SalesContext,
  ): Promise<OfferPayload> {
    const result = await ctx.services.offers.recordOutcome(input);
    return { offer: result.offer ? toOffer(result.offer) : null, errors: result.errors };
  }

  @FieldResolver(() => Lead)
  lead(@Root() offer: Offer, @Ctx() ctx: SalesContext): Promise<Lead> {
    return storedLead(ctx, offer.leadId);
  }

  @FieldResolver(() => Item, { nullable: true })
  async item(@Root() offer: Offer, @Ctx() ctx: SalesContext): Promise<Item | null> {
    const row = await ctx.loaders.item.load(offer.itemId);
    return row ? toItem(row) : null;
  }
}
