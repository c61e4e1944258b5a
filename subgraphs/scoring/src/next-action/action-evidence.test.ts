import { describe, expect, it } from "vitest";
import type { ActivityType, LeadFacts } from "../model/features";
import { MIN_LIFT } from "./next-action.rules";
import { PRIOR_LEADS, WINDOW_DAYS, actionEvidence, actionsAt, describeEvidence, servedEvidence, type ActionEvidence } from "./action-evidence";

const DAY = 86_400_000;
const created = new Date("2026-03-01T00:00:00Z");

/** A closed lead created on `created`, closed `closeAge` days later, with activities at these ages (days). */
function lead(id: number, won: boolean, closeAge: number, activities: [ActivityType, number][]): LeadFacts {
  return {
    leadId: `l${id}`,
    createdAt: created,
    closedAt: new Date(created.getTime() + closeAge * DAY),
    outcome: won ? "WON" : "LOST",
    source: null,
    attributes: {},
    activities: activities.map(([type, age]) => ({ type, occurredAt: new Date(created.getTime() + age * DAY) })),
  };
}

const stats = (evidence: ActionEvidence, ageDays: number, action: string) => actionsAt(evidence, ageDays).find((a) => a.action === action)!;

describe("actionEvidence", () => {
  it("judges an action at a landmark among the closed leads still open when its window ends, counting it only inside the window", () => {
    const evidence = actionEvidence([
      lead(1, true, 30, [["SITE_VISIT", 3]]),
      // Visited after the first week: without, at age 0.
      lead(2, true, 30, [["SITE_VISIT", 10]]),
      lead(3, false, 20, []),
      // Closed before the first week was over: in neither group at age 0.
      lead(4, false, 5, [["SITE_VISIT", 1]]),
    ]);
    expect(stats(evidence, 0, "SITE_VISIT")).toMatchObject({ ageDays: 0, withAction: 1, winsWith: 1, withoutAction: 2, winsWithout: 1 });
    // At age 7 (window days 7 to 14, open at 14): the visit on day 10 counts; lead 4 is still out.
    expect(stats(evidence, 7, "SITE_VISIT")).toMatchObject({ ageDays: 7, withAction: 1, winsWith: 1, withoutAction: 2, winsWithout: 1 });
    // At age 21 (open at 28): only the two leads closed at 30 remain, and neither had a visit then.
    expect(stats(evidence, 21, "SITE_VISIT")).toMatchObject({ withAction: 0, withoutAction: 2, winsWithout: 2 });
  });

  it("says calls raise wins when wins follow a call on the first day, though lost leads close sooner and so had their calls nearer their close", () => {
    // Regression: counted in the two weeks before each close, a lost lead's first-day call (closed
    // within days) was "before the close" and a won lead's (closed after weeks) was not, so calls
    // looked like they lowered wins: a new lead read "a call moves this lead from 17% to about 11%".
    const closed = [
      // 20 wins, closed after 20 to 39 days; 16 were called on their first day.
      ...Array.from({ length: 20 }, (_, i) => lead(i, true, 20 + i, i < 16 ? [["CALL", 0.3]] : [["EMAIL_OPEN", 2]])),
      // 24 losses, closed after 3 to 14 days; 8 were called on their first day, 6 others later on.
      ...Array.from({ length: 24 }, (_, i) => lead(100 + i, false, 3 + (i % 12), i < 8 ? [["CALL", 0.5]] : i < 14 ? [["CALL", 2 + (i % 3)]] : [])),
    ];
    // The old counting, for the record: a call in the 14 days before the close.
    const before = (l: LeadFacts) => l.activities.some((a) => a.type === "CALL" && a.occurredAt.getTime() >= l.closedAt!.getTime() - 14 * DAY);
    const rate = (leads: LeadFacts[]) => leads.filter((l) => l.outcome === "WON").length / leads.length;
    expect(rate(closed.filter(before))).toBeLessThan(rate(closed.filter((l) => !before(l))));

    const call = stats(actionEvidence(closed), 0, "CALL");
    // Still open after a week: all 20 wins and the 14 losses closed after day 7 (3 + i % 12 > 7).
    const lateLosses = closed.filter((l) => l.outcome === "LOST" && l.closedAt!.getTime() > created.getTime() + WINDOW_DAYS * DAY);
    expect(call.withAction + call.withoutAction).toBe(20 + lateLosses.length);
    expect(call.winsWith).toBe(16);
    // Enough to be recommended on evidence (the rules' bar), not merely positive.
    expect(call.lift).toBeGreaterThanOrEqual(MIN_LIFT);
    expect(describeEvidence(call, "your")).toBe(
      `Of your 34 closed leads still open at 7 days old, 16 of the ${call.withAction} with a call in their first week were won, 4 of the ${call.withoutAction} without (an estimated ${Math.round(100 * call.rateWith)}% against ${Math.round(100 * call.rateWithout)}%)`,
    );
  });

  it("ranks the action that preceded the wins first, pooled toward the landmark's overall rate", () => {
    const closed = [
      ...Array.from({ length: 8 }, (_, i) => lead(i, true, 30, [["SITE_VISIT", 2]])),
      ...Array.from({ length: 2 }, (_, i) => lead(10 + i, false, 30, [["SITE_VISIT", 2]])),
      ...Array.from({ length: 10 }, (_, i) => lead(20 + i, i < 2, 30, [["CALL", 1]])),
    ];
    const [visit] = actionsAt(actionEvidence(closed), 0);
    expect(visit!.action).toBe("SITE_VISIT");
    // 8 wins of 10, pulled toward the overall rate at age 0 (11/22 = 0.5) with the weight of PRIOR_LEADS leads.
    expect(visit!.rateWith).toBeCloseTo((8 + PRIOR_LEADS * 0.5) / (10 + PRIOR_LEADS), 10);
    expect(visit!.lift).toBeGreaterThan(0.2);
  });

  it("keeps a thin rep close to the team's evidence at the same landmark", () => {
    const team = actionEvidence(Array.from({ length: 100 }, (_, i) => lead(i, i % 2 === 0, 30, i % 2 === 0 ? [["MEETING", 1]] : [])));
    const thin = actionEvidence([lead(1, true, 30, [["CALL", 1]])], team);
    expect(actionsAt(thin, 0)[0]!.action).toBe("MEETING");
  });

  it("speaks for a lead with the landmark at or just below its age, and not at all before the first", () => {
    const evidence = actionEvidence([lead(1, true, 30, [["CALL", 1]])]);
    expect(actionsAt(evidence, 0.5)[0]!.ageDays).toBe(0);
    expect(actionsAt(evidence, 4)[0]!.ageDays).toBe(3);
    expect(actionsAt(evidence, 400)[0]!.ageDays).toBe(180);
    expect(actionsAt(evidence, -1)).toEqual([]);
  });

  it("describes a later landmark by the week the action was counted in", () => {
    const evidence = actionEvidence([lead(1, true, 30, [["MEETING", 4]]), lead(2, false, 20, []), lead(3, true, 25, [])]);
    expect(describeEvidence(stats(evidence, 3, "MEETING"), "your team's")).toMatch(
      /^Of your team's 3 closed leads still open at 10 days old, 1 of the 1 with a meeting in the week after they were 3 days old were won, 1 of the 2 without \(an estimated \d+% against \d+%\)$/,
    );
  });

  it("serves no evidence stored before landmarks, whose numbers the texts would misdescribe", () => {
    expect(servedEvidence({ closedLeads: 3, wins: 1, actions: [] })).toBeNull();
    expect(servedEvidence(null)).toBeNull();
    const evidence = actionEvidence([lead(1, true, 30, [])]);
    expect(servedEvidence(JSON.parse(JSON.stringify(evidence)))).toEqual(evidence);
  });
});
