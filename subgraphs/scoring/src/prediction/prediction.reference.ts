import { isUuid } from "@revgraph/graph";
import type { ScoringContext } from "../context";
import { toPrediction } from "./prediction.mapper";

export const predictionReference = {
  Prediction: {
    async __resolveReference(ref: { id: string }, ctx: ScoringContext) {
      if (!isUuid(ref.id)) return null;
      const row = await ctx.loaders.predictionById.load(ref.id);
      if (!row || !(await ctx.services.predictions.visibleToCaller(row, ctx.identity.role))) return null;
      return toPrediction(row);
    },
  },
};
