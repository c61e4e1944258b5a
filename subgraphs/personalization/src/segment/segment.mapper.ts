import type { SegmentFilter as StoredFilter } from "@revgraph/db/schema";
import { SegmentFilter } from "./segment-filter.type";
import type { SegmentRow } from "./segment.repository";
import { Segment } from "./segment.type";

/** Row → GraphQL object; memberCount and roi are resolved by field resolvers. */
export function toSegment(row: SegmentRow): Segment {
  return Object.assign(new Segment(), {
    id: row.id,
    name: row.name,
    description: row.description,
    filter: Object.assign(new SegmentFilter(), row.filter as StoredFilter),
    createdById: row.createdById,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}
