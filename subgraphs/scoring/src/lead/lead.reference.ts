import { isUuid } from "@revgraph/graph";
import type { ScoringContext } from "../context";
import { leadRef } from "./lead.type";

export const leadReference = {
  Lead: {
    /** Leads outside the caller's organization resolve to null, like missing ones. */
    async __resolveReference(ref: { id: string }, ctx: ScoringContext) {
      if (!isUuid(ref.id)) return null;
      const lead = await ctx.loaders.salesLead.load(ref.id);
      return lead ? leadRef(lead.id) : null;
    },
  },
};
