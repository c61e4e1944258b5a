import type { SalesContext } from "../context";
import { toUser } from "./user.mapper";

export const userReference = {
  User: {
    async __resolveReference(ref: { id: string }, ctx: SalesContext) {
      const row = await ctx.loaders.user.load(ref.id);
      return row ? toUser(row) : null;
    },
  },
};
