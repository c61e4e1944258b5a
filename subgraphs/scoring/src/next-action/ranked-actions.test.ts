import { describe, expect, it } from "vitest";
import { actionEvidence, actionsAt } from "./action-evidence";
import { lowersWins, nextBestAction } from "./next-action.rules";
import { rankedActions, withAction, type RankedAction } from "./ranked-actions";
import { closedLead, lead, now } from "./next-action.fixtures";

/** 40 closed leads: site visits and meetings preceded wins, emails did not matter. */
const evidence = actionEvidence(
  Array.from({ length: 40 }, (_, i) => {
    const visit = i % 2 === 0;
    const meeting = i % 4 < 2 ? i % 3 === 0 : i % 3 !== 0;
    const won = (visit && i % 5 !== 0) || (meeting && i % 3 === 0);
    return closedLead(i, won, [...(visit ? ["SITE_VISIT" as const] : []), ...(meeting ? ["MEETING" as const] : []), "EMAIL_OPEN"]);
  }),
);
const rep = { evidence, whose: "your" as const };

/** 40 closed leads: 4 of the 20 with a call were won against 16 of the 20 without; site visits mostly preceded wins. */
const callsLose = {
  evidence: actionEvidence(
    Array.from({ length: 40 }, (_, i) => {
      const call = i % 2 === 0;
      const won = call ? i % 10 === 0 : i % 5 !== 0;
      const visit = won ? i % 3 !== 2 : i % 7 === 0;
      return closedLead(i, won, [...(call ? ["CALL" as const] : []), ...(visit ? ["SITE_VISIT" as const] : [])]);
    }),
  ),
  whose: "your" as const,
};
/** 24 closed leads: the 4 with a call were all lost, 10 of the 20 without were won: a drop, but on four leads. */
const fewCallsLost = { evidence: actionEvidence(Array.from({ length: 24 }, (_, i) => closedLead(i, i >= 4 && i % 2 === 0, i < 4 ? ["CALL"] : []))), whose: "your" as const };
/** The history's call numbers that speak for the 20-day-old leads advised here. */
const callStats = (r: typeof callsLose) => actionsAt(r.evidence, 20).find((a) => a.action === "CALL")!;
/** Hot (70%) and untouched for two days: the service rule says call now. */
const hotLead = () => lead([["EMAIL_OPEN", 48]]);
const pct = (p: number) => `${Math.round(p * 100)}%`;

/** Every "moves this lead from X to about Y" in a reasoning states the numbers shown beside it. */
function expectReasoningAgrees(action: RankedAction, probability: number) {
  for (const [, from, to] of action.reasoning.matchAll(/moves this lead from (\d+%) to about (\d+%)/g)) {
    expect([from, to], action.reasoning).toEqual([pct(probability), pct(action.successProbability)]);
  }
}

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

  it("does not put first a rule action the rep's history says lowers wins, when an action with positive lift exists", () => {
    // Regression: a hot lead's service rule put "CALL: 70% → 30%" above a site visit worth 70% → 93%.
    expect(lowersWins(callStats(callsLose))).toBe(true);
    expect(nextBestAction(hotLead(), 0.7, now, null).action).toBe("CALL");
    const ranked = rankedActions(hotLead(), 0.7, now, callsLose, 3);
    expect(ranked[0]!.action).toBe("SITE_VISIT");
    expect(ranked[0]!.lift).toBeGreaterThan(0);
    // Dropped, not listed lower: the reason is in the reasoning of the action that replaces it, with the call's own numbers.
    expect(ranked.map((r) => r.action)).not.toContain("CALL");
    const call = withAction(0.7, callStats(callsLose));
    expect(ranked[0]!.reasoning).toContain(
      `Not a call first, though it is a hot lead with no touch for 2 days. Of your 40 closed leads still open at 21 days old, 4 of the 20 with a call in the week after they were 14 days old were won, 16 of the 20 without`,
    );
    expect(ranked[0]!.reasoning).toContain(`a call would take this lead from 70% to about ${pct(call)}`);
    for (const r of ranked) expectReasoningAgrees(r, 0.7);
  });

  it("falls to the next rule the history does not contradict when no action lifts wins", () => {
    const onlyCalls = {
      evidence: actionEvidence(Array.from({ length: 40 }, (_, i) => closedLead(i, i % 2 === 0 ? i % 10 === 0 : i % 5 !== 0, i % 2 === 0 ? ["CALL"] : []))),
      whose: "your" as const,
    };
    expect(lowersWins(callStats(onlyCalls))).toBe(true);
    const ranked = rankedActions(hotLead(), 0.7, now, onlyCalls, 3);
    expect(ranked.map((r) => r.action)).toEqual(["EMAIL"]);
    expect(ranked[0]).toMatchObject({ successProbability: 0.7, lift: null });
    expect(ranked[0]!.reasoning).toMatch(/follow up by email\. Not a call first, though it is a hot lead/);
  });

  it("keeps the rule action first when there is no evidence, or too little to call its drop more than noise, and says so with the numbers shown", () => {
    const alone = rankedActions(hotLead(), 0.7, now, null, 3);
    expect(alone).toHaveLength(1);
    expect(alone[0]).toMatchObject({ action: "CALL", priority: "URGENT", successProbability: 0.7, lift: null });
    expect(alone[0]!.reasoning).toBe(nextBestAction(hotLead(), 0.7, now, null).reasoning);

    expect(lowersWins(callStats(fewCallsLost))).toBe(false);
    const thin = rankedActions(hotLead(), 0.7, now, fewCallsLost, 3);
    expect(thin[0]).toMatchObject({ action: "CALL", priority: "URGENT" });
    expect(thin[0]!.lift).toBeLessThan(0);
    expect(thin[0]!.reasoning).toContain(
      `By your history a call moves this lead from 70% to about ${pct(thin[0]!.successProbability)}, too uncertain a drop (4 closed leads still open at 21 days old had a call in the week after they were 14 days old)`,
    );
    expectReasoningAgrees(thin[0]!, 0.7);
  });

  it("keeps a requested callback first whatever the history says of calls, without claiming it helps", () => {
    const ranked = rankedActions(lead([["CALLBACK_REQUEST", 5]]), 0.7, now, callsLose, 3);
    expect(ranked.map((r) => r.action)).toEqual(["CALL", "SITE_VISIT"]);
    expect(ranked[0]!.lift).toBeLessThan(0);
    expect(ranked[0]!.reasoning).toBe(
      `They asked for a callback 5 hours ago and have not been called since. It is owed whatever the odds: by your history a call moves this lead from 70% to about ${pct(ranked[0]!.successProbability)}.`,
    );
    for (const r of ranked) expectReasoningAgrees(r, 0.7);
  });

  it("keeps the first contact with a new lead first: no visit or meeting can come before it", () => {
    const ranked = rankedActions(lead([], 0.5), 0.4, now, callsLose, 3);
    expect(ranked[0]).toMatchObject({ action: "CALL", priority: "HIGH" });
    expect(ranked[0]!.reasoning).toBe(
      `A new lead nobody has contacted yet: leads called within the hour convert best. It is owed whatever the odds: by your history a call moves this lead from 40% to about ${pct(ranked[0]!.successProbability)}.`,
    );
    for (const r of ranked) expectReasoningAgrees(r, 0.4);
  });

  it("serves as its first action exactly what nextAction says, whatever the history", () => {
    const leads = [
      hotLead(),
      lead([["CALLBACK_REQUEST", 5]]),
      lead([]),
      lead([
        ["PROPERTY_VIEW", 30],
        ["PROPERTY_VIEW", 40],
        ["PROPERTY_VIEW", 50],
      ]),
      lead([["EMAIL_OPEN", 24 * 20]]),
    ];
    for (const facts of leads) {
      for (const history of [null, rep, callsLose, fewCallsLost]) {
        for (const p of [0.05, 0.3, 0.7]) {
          const [first] = rankedActions(facts, p, now, history, 3);
          const { action, priority, reasoning, dueAt } = first!;
          expect({ action, priority, reasoning, dueAt }).toEqual(nextBestAction(facts, p, now, history));
          for (const r of rankedActions(facts, p, now, history, 6)) expectReasoningAgrees(r, p);
        }
      }
    }
  });
});
