import { describe, expect, it } from "vitest";
import type { LeadFacts } from "../model/features";
import { PRIOR_LEADS, actionEvidence, describeEvidence } from "./action-evidence";

const DAY = 86_400_000;
const close = new Date("2026-06-01T00:00:00Z");

function lead(id: number, won: boolean, activities: [LeadFacts["activities"][number]["type"], number][]): LeadFacts {
  return {
    leadId: `l${id}`,
    createdAt: new Date(close.getTime() - 60 * DAY),
    closedAt: close,
    outcome: won ? "WON" : "LOST",
    source: null,
    attributes: {},
    activities: activities.map(([type, daysBefore]) => ({ type, occurredAt: new Date(close.getTime() - daysBefore * DAY) })),
  };
}

describe("actionEvidence", () => {
  it("counts an action only inside the two weeks before the close", () => {
    const evidence = actionEvidence([lead(1, true, [["SITE_VISIT", 3]]), lead(2, true, [["SITE_VISIT", 30]]), lead(3, false, [])]);
    const visit = evidence.actions.find((a) => a.action === "SITE_VISIT")!;
    expect(visit).toMatchObject({ withAction: 1, winsWith: 1, withoutAction: 2, winsWithout: 1 });
  });

  it("ranks the action that preceded the wins first, pooled toward the team", () => {
    const closed = [
      ...Array.from({ length: 8 }, (_, i) => lead(i, true, [["SITE_VISIT", 2]])),
      ...Array.from({ length: 2 }, (_, i) => lead(10 + i, false, [["SITE_VISIT", 2]])),
      ...Array.from({ length: 10 }, (_, i) => lead(20 + i, i < 2, [["CALL", 1]])),
    ];
    const evidence = actionEvidence(closed);
    expect(evidence.actions[0]!.action).toBe("SITE_VISIT");
    const visit = evidence.actions[0]!;
    // 8 wins of 10, pulled toward the overall rate (11/22 = 0.5) with the weight of PRIOR_LEADS leads.
    expect(visit.rateWith).toBeCloseTo((8 + PRIOR_LEADS * 0.5) / (10 + PRIOR_LEADS), 10);
    expect(visit.lift).toBeGreaterThan(0.2);
  });

  it("keeps a thin rep close to the team's evidence", () => {
    const team = actionEvidence(Array.from({ length: 100 }, (_, i) => lead(i, i % 2 === 0, i % 2 === 0 ? [["MEETING", 1]] : [])));
    const thin = actionEvidence([lead(1, true, [["CALL", 1]])], team);
    expect(thin.actions[0]!.action).toBe("MEETING");
  });

  it("describes the evidence with the counts", () => {
    const evidence = actionEvidence([lead(1, true, [["CALL", 1]]), lead(2, true, [["CALL", 1]]), lead(3, true, []), lead(4, false, [])]);
    const call = evidence.actions.find((a) => a.action === "CALL")!;
    expect(describeEvidence(call, "your")).toMatch(/^2 of your 3 wins had a call in their last two weeks \(\d+% won with one, \d+% without\)$/);
  });
});
