import { isUuid } from "@revgraph/graph";
import type { ScoringContext } from "../context";
import { toPrediction } from "./prediction.mapper";

export const predictionReference = {
  Prediction: {
    async __resolveReference(ref: { id: string }, ctx: ScoringContext) {
      if (!isUuid(ref.id)) return null;
      const row = await ctx.loaders.predictionById.load(ref.id);
      return row ? toPrediction(row) : null;
    },
  },
};
