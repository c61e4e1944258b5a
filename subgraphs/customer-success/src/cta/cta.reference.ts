import type { CustomerSuccessContext } from "../context";
import { toCta } from "./cta.mapper";

export const ctaReference = {
  Cta: {
    /** Another organization's CTA resolves to null, exactly like a missing one. */
    async __resolveReference(ref: { id: string }, ctx: CustomerSuccessContext) {
      const row = await ctx.loaders.cta.load(ref.id);
      return row ? toCta(row, ctx.services.ctas.now()) : null;
    },
  },
};
