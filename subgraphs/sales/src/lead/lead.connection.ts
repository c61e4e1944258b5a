import type { SalesContext } from "../context";
import { toLead } from "./lead.mapper";
import type { LeadPage } from "./lead.service";
import { LeadConnection } from "./lead.type";

/** A page of leads as a Relay connection; totalCount is counted only when a selection asks for it. */
export function toLeadConnection(page: LeadPage, ctx: SalesContext): LeadConnection {
  for (const row of page.rows) ctx.loaders.lead.prime(row.id, row);
  const nodes = page.rows.map(toLead);
  const connection = Object.assign(new LeadConnection(), {
    nodes,
    edges: nodes.map((node, i) => ({ node, cursor: page.cursors[i] })),
    pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: false, startCursor: page.cursors[0] ?? null, endCursor: page.cursors.at(-1) ?? null },
  });
  Object.defineProperty(connection, "totalCount", { get: () => ctx.services.leads.count(page.query) });
  return connection;
}
