import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { PersonalizationContext } from "../context";
import { toItem } from "../catalog/item.mapper";
import { Item } from "../catalog/item.type";
import { ProfileInterest, ProfileRejectedItem, ProfileViewedItem } from "./profile.type";

const DESCRIPTION =
  "The catalog item this entry names: the organization's item whose externalId (SKU) is itemId; null when its catalog has no such item (another organization's catalog is never searched).";

async function linkedItem(itemId: string, ctx: PersonalizationContext): Promise<Item | null> {
  const row = await ctx.loaders.itemByExternalId.load(itemId);
  return row ? toItem(row) : null;
}

/** Profiles name items by the organization's own id (SKU); these link each entry to its catalog item, one query per request. */
@Resolver(() => ProfileViewedItem)
export class ProfileViewedItemResolver {
  @FieldResolver(() => Item, { nullable: true, description: DESCRIPTION })
  item(@Root() entry: ProfileViewedItem, @Ctx() ctx: PersonalizationContext): Promise<Item | null> {
    return linkedItem(entry.itemId, ctx);
  }
}

@Resolver(() => ProfileRejectedItem)
export class ProfileRejectedItemResolver {
  @FieldResolver(() => Item, { nullable: true, description: DESCRIPTION })
  item(@Root() entry: ProfileRejectedItem, @Ctx() ctx: PersonalizationContext): Promise<Item | null> {
    return linkedItem(entry.itemId, ctx);
  }
}

@Resolver(() => ProfileInterest)
export class ProfileInterestResolver {
  @FieldResolver(() => Item, { nullable: true, description: DESCRIPTION })
  item(@Root() entry: ProfileInterest, @Ctx() ctx: PersonalizationContext): Promise<Item | null> {
    return linkedItem(entry.itemId, ctx);
  }
}
