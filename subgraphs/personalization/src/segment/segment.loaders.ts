import DataLoader from "dataloader";
import { batchLoader } from "@revgraph/graph";
import type { Roi } from "./roi";
import type { SegmentRepository, SegmentRow } from "./segment.repository";
import type { SegmentRef, SegmentService } from "./segment.service";

/** Per-request loaders of segments: by id, live member counts and ROI of several segments in one query, and the segments of several leads in one query. */
export function createSegmentLoaders(repository: SegmentRepository, service: SegmentService) {
  return {
    segment: batchLoader(
      (ids: readonly string[]) => repository.findByIds(ids),
      (row) => row.id,
    ),
    segmentMemberCount: new DataLoader<SegmentRef, number, string>((segments) => service.memberCounts(segments), { cacheKeyFn: (s) => s.id }),
    segmentRoi: new DataLoader<SegmentRef, Roi, string>((segments) => service.rois(segments), { cacheKeyFn: (s) => s.id }),
    segmentsOfLead: new DataLoader<string, SegmentRow[]>((leadIds) => service.segmentsOfLeads(leadIds)),
  };
}
