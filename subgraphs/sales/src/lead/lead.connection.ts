import type { SalesContext } from "../context";
import { toLead } from "./lead.mapper";
import type { LeadPage } from "./lead.service";
import { LeadConnection } from "./lead.type";

/**
 * A page of leads as a Relay connection. The edges (a cursor per lead) are built and totalCount is
 * counted only when a selection asks for them.
 */
export function toLeadConnection(page: LeadPage, ctx: SalesContext): LeadConnection {
  const { rows } = page;
  for (const row of rows) ctx.loaders.lead.prime(row.id, row);
  const nodes = rows.map(toLead);
  const first = rows[0];
  const last = rows.at(-1);
  const connection = Object.assign(new LeadConnection(), {
    nodes,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: first ? page.cursorOf(first) : null,
      endCursor: last ? page.cursorOf(last) : null,
    },
  });
  Object.defineProperties(connection, {
    edges: { get: () => nodes.map((node, i) => ({ node, cursor: page.cursorOf(rows[i]) })) },
    totalCount: { get: () => ctx.services.leads.count(page.query) },
  });
  return connection;
}
