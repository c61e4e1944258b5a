import type { CustomerSuccessContext } from "../context";
import { toAccount } from "./account.mapper";

export const accountReference = {
  Account: {
    /** Another organization's account resolves to null, exactly like a missing one. */
    async __resolveReference(ref: { id: string }, ctx: CustomerSuccessContext) {
      const row = await ctx.loaders.account.load(ref.id);
      return row ? toAccount(row) : null;
    },
  },
};
