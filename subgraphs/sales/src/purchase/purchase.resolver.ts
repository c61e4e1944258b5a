import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { SalesContext } from "../context";
import { toItem } from "../catalog/item.mapper";
import { Item } from "../catalog/item.type";
import { storedLead } from "../lead/lead.found";
import { Lead } from "../lead/lead.type";
import { MAX_PURCHASES_PER_CALL, PurchaseInput } from "./purchase.input";
import { toPurchase, toPurchaseLine } from "./purchase.mapper";
import { RecordPurchasesPayload } from "./purchase.payload";
import { Purchase, PurchaseLine } from "./purchase.type";

@Resolver(() => Purchase)
export class PurchaseResolver {
  @Mutation(() => RecordPurchasesPayload, {
    description: `Records up to ${MAX_PURCHASES_PER_CALL.toLocaleString("en-US")} purchases: all of them, or none with an error per bad field. Idempotent by externalId.`,
  })
  async recordPurchases(
    @Arg("input", () => [PurchaseInput], { description: `The purchases, 1 to ${MAX_PURCHASES_PER_CALL.toLocaleString("en-US")}.` }) input: PurchaseInput[],
    @Ctx() ctx: SalesContext,
  ): Promise<RecordPurchasesPayload> {
    const result = await ctx.services.purchases.record(input);
    return { purchases: result.purchases.map((row) => toPurchase(row, result.lines)), createdCount: result.created, replayedCount: result.replayed, errors: result.errors };
  }

  @FieldResolver(() => Lead)
  lead(@Root() purchase: Purchase, @Ctx() ctx: SalesContext): Promise<Lead> {
    return storedLead(ctx, purchase.leadId);
  }

  @FieldResolver(() => [PurchaseLine])
  async lines(@Root() purchase: Purchase, @Ctx() ctx: SalesContext): Promise<PurchaseLine[]> {
    if (purchase.lines) return purchase.lines;
    return (await ctx.loaders.purchaseLines.load(purchase.id)).map(toPurchaseLine);
  }
}

@Resolver(() => PurchaseLine)
export class PurchaseLineResolver {
  @FieldResolver(() => Item, { nullable: true })
  async item(@Root() line: PurchaseLine, @Ctx() ctx: SalesContext): Promise<Item | null> {
    const row = await ctx.loaders.item.load(line.itemId);
    return row ? toItem(row) : null;
  }
}
