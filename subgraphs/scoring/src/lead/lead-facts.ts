import type { LeadFacts } from "../model/features";
import type { ActivityRow, SalesLeadRow } from "./lead-facts.repository";

/** Joins a lead row and its activities into the model's plain input. */
export function toLeadFacts(lead: SalesLeadRow, activities: ActivityRow[]): LeadFacts {
  const closed = lead.status === "WON" || lead.status === "LOST";
  return {
    leadId: lead.id,
    createdAt: lead.createdAt,
    closedAt: closed ? lead.closedAt : null,
    outcome: closed ? (lead.status as "WON" | "LOST") : null,
    source: lead.source,
    attributes: lead.attributes,
    activities: activities.map((a) => ({ type: a.type, occurredAt: a.occurredAt })),
  };
}
