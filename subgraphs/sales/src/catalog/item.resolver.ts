import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { assertUuid } from "@revgraph/graph";
import type { SalesContext } from "../context";
import { ItemFilter, ItemInput, MAX_ITEMS_PAGE, MAX_ITEMS_PER_CALL } from "./item.input";
import { toItem } from "./item.mapper";
import { UpsertItemsPayload } from "./item.payload";
import { Item, ItemConnection } from "./item.type";

@Resolver(() => Item)
export class ItemResolver {
  @Query(() => Item, { nullable: true, description: "One item of the caller's organization's catalog, or null." })
  async item(@Arg("id", () => ID, { description: "The item's id (a UUID)." }) id: string, @Ctx() ctx: SalesContext): Promise<Item | null> {
    assertUuid("id", id);
    const row = await ctx.loaders.item.load(id);
    return row ? toItem(row) : null;
  }

  @Query(() => ItemConnection, { description: `The organization's catalog by name, a page at a time (at most ${MAX_ITEMS_PAGE} per page).` })
  async items(
    @Ctx() ctx: SalesContext,
    @Arg("first", () => Int, { defaultValue: 20, description: `Items per page (0-${MAX_ITEMS_PAGE}).` }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after?: string,
    @Arg("filter", () => ItemFilter, { nullable: true, description: "Which items to list." }) filter?: ItemFilter,
  ): Promise<ItemConnection> {
    const page = await ctx.services.items.list(first, after, filter);
    for (const row of page.rows) ctx.loaders.item.prime(row.id, row);
    const nodes = page.rows.map(toItem);
    const connection = Object.assign(new ItemConnection(), {
      nodes,
      edges: nodes.map((node, i) => ({ node, cursor: page.cursors[i] })),
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: false, startCursor: page.cursors[0] ?? null, endCursor: page.cursors.at(-1) ?? null },
    });
    // Counted only when asked for.
    Object.defineProperty(connection, "totalCount", { get: () => ctx.services.items.count(page.query) });
    return connection;
  }

  @Mutation(() => UpsertItemsPayload, {
    description: `Creates or replaces (by externalId) up to ${MAX_ITEMS_PER_CALL.toLocaleString("en-US")} catalog items: all of them, or none with an error per bad field.`,
  })
  async upsertItems(
    @Arg("input", () => [ItemInput], { description: `The items, 1 to ${MAX_ITEMS_PER_CALL.toLocaleString("en-US")}.` }) input: ItemInput[],
    @Ctx() ctx: SalesContext,
  ): Promise<UpsertItemsPayload> {
    const result = await ctx.services.items.upsert(input);
    return { items: result.items.map(toItem), createdCount: result.created, updatedCount: result.updated, errors: result.errors };
  }
}
