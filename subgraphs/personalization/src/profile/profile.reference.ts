import type { PersonalizationContext } from "../context";
import { toCustomerProfile } from "./profile.mapper";

export const profileReference = {
  CustomerProfile: {
    /** Another organization's profile resolves to null, exactly like a missing one. */
    async __resolveReference(ref: { id: string }, ctx: PersonalizationContext) {
      const row = await ctx.loaders.profile.load(ref.id);
      return row ? toCustomerProfile(row) : null;
    },
  },
};
