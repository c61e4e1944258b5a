import { isUuid } from "@revgraph/graph";
import type { ScoringContext } from "../context";
import { leadRef } from "./lead.type";

export const leadReference = {
  Lead: {
    /** Leads outside the caller's organization resolve to null, like missing ones. */
    async __resolveReference(ref: { id: string }, ctx: ScoringContext) {
      if (!isUuid(ref.id)) return null;
      // The state the prediction and the score need anyway, not the lead's row: one query fewer per request.
      const known = await ctx.loaders.state.load(ref.id);
      return known ? leadRef(known.id) : null;
    },
  },
};
