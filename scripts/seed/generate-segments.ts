/** A few saved segments per organization, so the demo shows live membership counts and ROI. */
import type { Rng } from "./random";
import { addDays, type SegmentRow } from "./rows";

export const DEMO_SEGMENTS: readonly Pick<SegmentRow, "name" | "description" | "filter">[] = [
  { name: "Hot, active this fortnight", description: "HOT customers active in the last 14 days: call today.", filter: { temperatures: ["HOT"], activeWithinDays: 14 } },
  { name: "Referrals with intent", description: "Referred leads with intent 5 or more.", filter: { sources: ["Referral"], minIntent: 5 } },
  { name: "Buyers", description: "Everyone who has bought something.", filter: { minRevenue: 1 } },
  {
    name: "Open and gone quiet",
    description: "Open leads silent for 30 days or more: a recovery list.",
    filter: { statuses: ["NEW", "CONTACTED", "QUALIFIED"], inactiveForDays: 30 },
  },
];

export function demoSegments(ids: Rng, organizationId: string, createdById: string, now: Date): SegmentRow[] {
  return DEMO_SEGMENTS.map((segment) => ({
    ...segment,
    id: ids.uuid(),
    organizationId,
    createdById,
    createdAt: addDays(now, -30),
    updatedAt: addDays(now, -30),
  }));
}
