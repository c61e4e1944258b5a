import type { SalesContext } from "../context";
import { toLead } from "./lead.mapper";
import type { Lead } from "./lead.type";

/** The lead a stored purchase or offer names: it exists (checked on write), so its absence is a bug, not a user error. */
export async function storedLead(ctx: SalesContext, leadId: string): Promise<Lead> {
  const row = await ctx.loaders.lead.load(leadId);
  if (!row) throw new Error(`Lead ${leadId} of a stored purchase or offer was not found`);
  return toLead(row);
}
