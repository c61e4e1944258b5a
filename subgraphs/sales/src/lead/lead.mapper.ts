import type { LeadRow } from "./lead.repository";
import { Lead, type LeadStatus } from "./lead.type";

/** Row → GraphQL object. `assignedTo` is resolved by its field resolver from `assignedToId`. */
export function toLead(row: LeadRow): Lead & { assignedToId: string | null } {
  return Object.assign(new Lead(), {
    id: row.id,
    externalId: row.externalId,
    name: row.name,
    email: row.email,
    company: row.company,
    source: row.source,
    status: row.status as LeadStatus,
    value: row.value,
    assignedTo: null,
    assignedToId: row.assignedToId,
    attributes: row.attributes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    closedAt: row.closedAt,
  });
}
