import { describe, expect, it } from "vitest";
import type { LeadFacts } from "../model/features";
import { actionEvidence } from "./action-evidence";
import { nextBestAction } from "./next-action.rules";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const now = new Date("2026-06-01T12:00:00Z");

function lead(activities: [LeadFacts["activities"][number]["type"], number][], createdDaysAgo = 20, outcome: LeadFacts["outcome"] = null): LeadFacts {
  return {
    leadId: "l",
    createdAt: new Date(now.getTime() - createdDaysAgo * DAY),
    closedAt: outcome ? now : null,
    outcome,
    source: null,
    attributes: {},
    activities: activities.map(([type, hoursAgo]) => ({ type, occurredAt: new Date(now.getTime() - hoursAgo * HOUR) })),
  };
}

const siteVisitWinner = actionEvidence(
  Array.from({ length: 20 }, (_, i) => ({
    ...lead(i < 10 ? [["SITE_VISIT", 24 * 3]] : [], 40),
    leadId: `c${i}`,
    closedAt: now,
    outcome: i < 9 || i === 15 ? ("WON" as const) : ("LOST" as const),
  })),
);

describe("nextBestAction", () => {
  it("calls now when a callback was requested and nobody called", () => {
    const result = nextBestAction(lead([["CALLBACK_REQUEST", 5]]), 0.2, now);
    expect(result).toMatchObject({ action: "CALL", priority: "URGENT", dueAt: now });
    expect(result.reasoning).toContain("5 hours ago");
  });

  it("calls a hot lead left alone for a day, URGENT", () => {
    const result = nextBestAction(
      lead([
        ["MEETING", 30],
        ["SITE_VISIT", 40],
        ["SITE_VISIT", 50],
        ["FORM_SUBMIT", 60],
        ["MEETING", 70],
      ]),
      0.7,
      now,
    );
    expect(result).toMatchObject({ action: "CALL", priority: "URGENT" });
    expect(result.reasoning).toMatch(/no touch for 1 day/);
  });

  it("follows the rep's own evidence when no service rule applies, citing it", () => {
    const result = nextBestAction(lead([["EMAIL_OPEN", 48]]), 0.3, now, { evidence: siteVisitWinner, whose: "your" });
    expect(result.action).toBe("SITE_VISIT");
    expect(result.reasoning).toMatch(/^9 of your 10 wins had a site visit in their last two weeks/);
  });

  it("does not recommend an action the lead just had", () => {
    const result = nextBestAction(lead([["SITE_VISIT", 10]]), 0.3, now, { evidence: siteVisitWinner, whose: "your" });
    expect(result.action).toBe("MEETING");
  });

  it("says nothing is due on a closed lead", () => {
    expect(nextBestAction(lead([], 20, "WON"), 0.9, now)).toMatchObject({ action: "NONE", dueAt: null });
  });

  it("nurtures an unlikely lead", () => {
    expect(nextBestAction(lead([["EMAIL_OPEN", 24 * 5]]), 0.05, now).action).toBe("NURTURE");
  });
});
