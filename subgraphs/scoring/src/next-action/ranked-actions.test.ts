import { describe, expect, it } from "vitest";
import type { LeadFacts } from "../model/features";
import { actionEvidence } from "./action-evidence";
import { nextBestAction } from "./next-action.rules";
import { rankedActions, withAction } from "./ranked-actions";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const now = new Date("2026-06-01T12:00:00Z");

type Step = [LeadFacts["activities"][number]["type"], number];

function lead(activities: Step[], createdDaysAgo = 20): LeadFacts {
  return {
    leadId: "l",
    createdAt: new Date(now.getTime() - createdDaysAgo * DAY),
    closedAt: null,
    outcome: null,
    source: null,
    attributes: {},
    activities: activities.map(([type, hoursAgo]) => ({ type, occurredAt: new Date(now.getTime() - hoursAgo * HOUR) })),
  };
}

/** 40 closed leads: site visits and meetings preceded wins, emails did not matter. */
const evidence = actionEvidence(
  Array.from({ length: 40 }, (_, i) => {
    const visit = i % 2 === 0;
    const meeting = i % 4 < 2 ? i % 3 === 0 : i % 3 !== 0;
    const won = (visit && i % 5 !== 0) || (meeting && i % 3 === 0);
    return {
      ...lead([...(visit ? [["SITE_VISIT", 72] as Step] : []), ...(meeting ? [["MEETING", 48] as Step] : []), ["EMAIL_OPEN", 30]], 40),
      leadId: `c${i}`,
      closedAt: now,
      outcome: won ? ("WON" as const) : ("LOST" as const),
    };
  }),
);
const rep = { evidence, whose: "your" as const };

describe("rankedActions", () => {
  it("puts nextBestAction first and ranks the rest by estimated success, each above the lead's current chance", () => {
    const facts = lead([["EMAIL_OPEN", 200]]);
    const ranked = rankedActions(facts, 0.3, now, rep, 5);
    expect(ranked[0]).toMatchObject(nextBestAction(facts, 0.3, now, rep));
    for (const r of ranked.slice(1)) expect(r.lift).toBeGreaterThan(0);
    const rest = ranked.slice(1).map((r) => r.successProbability);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
    expect(new Set(ranked.map((r) => r.action)).size).toBe(ranked.length);
    expect(ranked.map((r) => r.action)).toContain("SITE_VISIT");
  });

  it("moves the lead's probability by the action's odds ratio", () => {
    expect(withAction(0.5, { rateWith: 0.5, rateWithout: 0.5 })).toBeCloseTo(0.5, 12);
    expect(withAction(0.2, { rateWith: 0.6, rateWithout: 0.3 })).toBeCloseTo(1 / (1 + (0.8 / 0.2) * (0.4 / 0.6) * (0.3 / 0.7)), 12);
  });

  it("respects first, and without any history returns only the rule's action with no lift", () => {
    expect(rankedActions(lead([]), 0.3, now, rep, 1)).toHaveLength(1);
    expect(rankedActions(lead([]), 0.3, now, rep, 0)).toEqual([]);
    const alone = rankedActions(lead([["EMAIL_OPEN", 200]]), 0.3, now, null, 3);
    expect(alone).toHaveLength(1);
    expect(alone[0]).toMatchObject({ successProbability: 0.3, lift: null });
  });

  it("does not suggest again an action done in the last three days", () => {
    const ranked = rankedActions(
      lead([
        ["SITE_VISIT", 30],
        ["MEETING", 20],
      ]),
      0.3,
      now,
      rep,
      5,
    );
    expect(ranked.slice(1).map((r) => r.action)).not.toContain("SITE_VISIT");
  });
});
