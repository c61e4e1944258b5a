import type { CustomerSuccessContext } from "../context";
import { toChurnPrediction } from "./churn.mapper";

export const churnPredictionReference = {
  ChurnPrediction: {
    /** Another organization's prediction resolves to null, exactly like a missing one. */
    async __resolveReference(ref: { id: string }, ctx: CustomerSuccessContext) {
      const row = await ctx.loaders.churnPrediction.load(ref.id);
      return row ? toChurnPrediction(row) : null;
    },
  },
};
