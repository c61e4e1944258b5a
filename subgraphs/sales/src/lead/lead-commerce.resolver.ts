import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { badInput } from "@revgraph/graph";
import type { SalesContext } from "../context";
import { MAX_OFFERS_PAGE } from "../offer/offer.input";
import { toOffer } from "../offer/offer.mapper";
import { Offer } from "../offer/offer.type";
import { MAX_PURCHASES_PAGE } from "../purchase/purchase.input";
import { toPurchase } from "../purchase/purchase.mapper";
import { Purchase } from "../purchase/purchase.type";
import { Lead } from "./lead.type";

function checkFirst(first: number, max: number): void {
  if (!Number.isInteger(first) || first < 0 || first > max) throw badInput("first", `first must be between 0 and ${max}, got ${first}`);
}

/** The lead's commerce facts: what they bought and what they were offered (another organization's lead has none). */
@Resolver(() => Lead)
export class LeadCommerceResolver {
  @FieldResolver(() => [Purchase], { description: `The lead's purchases, newest first (at most ${MAX_PURCHASES_PAGE}).` })
  async purchases(
    @Root() lead: Lead,
    @Ctx() ctx: SalesContext,
    @Arg("first", () => Int, { defaultValue: 20, description: `How many (0-${MAX_PURCHASES_PAGE}).` }) first: number,
  ): Promise<Purchase[]> {
    checkFirst(first, MAX_PURCHASES_PAGE);
    return (await ctx.loaders.purchasesByLead.load(lead.id)).slice(0, first).map((row) => toPurchase(row));
  }

  @FieldResolver(() => [Offer], { description: `Offers made to the lead, newest first (at most ${MAX_OFFERS_PAGE}).` })
  async offers(
    @Root() lead: Lead,
    @Ctx() ctx: SalesContext,
    @Arg("first", () => Int, { defaultValue: 20, description: `How many (0-${MAX_OFFERS_PAGE}).` }) first: number,
  ): Promise<Offer[]> {
    checkFirst(first, MAX_OFFERS_PAGE);
    return (await ctx.loaders.offersByLead.load(lead.id)).slice(0, first).map(toOffer);
  }
}
