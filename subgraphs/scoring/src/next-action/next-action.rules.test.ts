import { describe, expect, it } from "vitest";
import { actionEvidence, WINDOW_DAYS } from "./action-evidence";
import { lowersWins, MIN_LIFT, nextBestAction } from "./next-action.rules";
import { closedLead, lead, now } from "./next-action.fixtures";

const siteVisitWinner = actionEvidence(Array.from({ length: 20 }, (_, i) => closedLead(i, i < 9 || i === 15, i < 10 ? ["SITE_VISIT"] : [])));

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
    expect(result.reasoning).toMatch(
      /^Of your 20 closed leads still open at 21 days old, 9 of the 10 with a site visit in the week after they were 14 days old were won, 1 of the 10 without \(an estimated \d+% against \d+%\); taking it moves/,
    );
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

  it("says an action lowers wins only with support, a drop of at least MIN_LIFT and its 95% interval below zero", () => {
    const stats = (withAction: number, rateWith: number, withoutAction: number, rateWithout: number) => ({
      action: "CALL" as const,
      ageDays: 0,
      withAction,
      winsWith: Math.round(withAction * rateWith),
      withoutAction,
      winsWithout: Math.round(withoutAction * rateWithout),
      rateWith,
      rateWithout,
      lift: rateWith - rateWithout,
    });
    expect(lowersWins(stats(20, 0.3, 20, 0.7))).toBe(true);
    // Too few leads with the action to speak for it, however large the drop.
    expect(lowersWins(stats(2, 0.1, 40, 0.7))).toBe(false);
    // Large but uncertain: four leads, each rate worth its leads plus PRIOR_LEADS.
    expect(lowersWins(stats(4, 0.38, 20, 0.5))).toBe(false);
    // Certain but trivial: thousands of leads, a drop under MIN_LIFT.
    expect(lowersWins(stats(5000, 0.5 - MIN_LIFT / 2, 5000, 0.5))).toBe(false);
    expect(lowersWins(stats(5000, 0.5 - 1.2 * MIN_LIFT, 5000, 0.5))).toBe(true);
  });

  it("follows the evidence action with the highest odds ratio (the highest estimated success), not the largest difference in rates", () => {
    const stats = (action: "SITE_VISIT" | "MEETING", rateWith: number, rateWithout: number) => ({
      action,
      ageDays: 0,
      withAction: 20,
      winsWith: Math.round(20 * rateWith),
      withoutAction: 20,
      winsWithout: Math.round(20 * rateWithout),
      rateWith,
      rateWithout,
      lift: rateWith - rateWithout,
    });
    // A meeting lifts the rate by 20 points (odds ratio 2.25), a site visit by 15 (odds ratio 4.75).
    const actions = [stats("MEETING", 0.6, 0.4), stats("SITE_VISIT", 0.95, 0.8)];
    const evidence = { windowDays: WINDOW_DAYS, closedLeads: 40, wins: 20, landmarks: [{ ageDays: 0, leads: 40, wins: 20, actions }] };
    const result = nextBestAction(lead([["EMAIL_OPEN", 48]]), 0.3, now, { evidence, whose: "your" });
    expect(result.action).toBe("SITE_VISIT");
    expect(result.reasoning).toMatch(/taking it moves this lead from 30% to about 67%\.$/);
  });

  it("falls back to the nurture sequence when every rule that applies proposes an action the history says lowers wins", () => {
    const losing = actionEvidence(Array.from({ length: 40 }, (_, i) => closedLead(i, i % 2 === 0 ? i % 10 === 0 : i % 5 !== 0, i % 2 === 0 ? ["CALL", "EMAIL_OPEN"] : [])));
    const result = nextBestAction(lead([["EMAIL_OPEN", 48]]), 0.7, now, { evidence: losing, whose: "your" });
    expect(result.action).toBe("NURTURE");
    expect(result.reasoning).toMatch(
      /^Keep them in the nurture sequence\. Not a call first, though it is a hot lead with no touch for 2 days\. Of your 40 closed leads still open at 21 days old, 4 of the 20 with a call in the week after they were 14 days old were won, 16 of the 20 without/,
    );
  });
});
