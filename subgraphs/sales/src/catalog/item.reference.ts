import type { SalesContext } from "../context";
import { toItem } from "./item.mapper";

export const itemReference = {
  Item: {
    /** Another organization's item resolves to null, exactly like a missing one. */
    async __resolveReference(ref: { id: string }, ctx: SalesContext) {
      const row = await ctx.loaders.item.load(ref.id);
      return row ? toItem(row) : null;
    },
  },
};
