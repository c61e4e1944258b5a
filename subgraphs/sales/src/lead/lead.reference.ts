import { isUuid } from "@revgraph/graph";
import type { SalesContext } from "../context";
import { toLead } from "./lead.mapper";

export const leadReference = {
  Lead: {
    /** Another organization's lead resolves to null, exactly like a missing one. */
    async __resolveReference(ref: { id: string }, ctx: SalesContext) {
      if (!isUuid(ref.id)) return null;
      const row = await ctx.loaders.lead.load(ref.id);
      return row ? toLead(row) : null;
    },
  },
};
