import { describe, expect, it } from "vitest";
import { MAX_REMEMBERED, SENTIMENT_HISTORY_LIMIT, emptyProfileState, mergeInteraction, unionValues, type ProfileState } from "./profile-merge";

const LEAD = "6f1c1d5e-8a5b-4a4e-9d7a-0c2b1e3f4a5b";
const t1 = new Date("2026-01-17T10:00:00Z");
const t2 = new Date("2026-01-18T10:00:00Z");

function merged(state: ProfileState, input: Parameters<typeof mergeInteraction>[1], now: Date): ProfileState {
  const result = mergeInteraction(state, input, now);
  if (!result.state) throw new Error(JSON.stringify(result.errors));
  return result.state;
}

describe("mergeInteraction", () => {
  it("counts repeat views of one item instead of listing it twice", () => {
    const once = merged(emptyProfileState(), { leadId: LEAD, viewedItem: { itemId: "p1", name: "Brigade Citrine" } }, t1);
    const twice = merged(once, { leadId: LEAD, viewedItem: { itemId: "p1", name: "Brigade Citrine" } }, t2);
    expect(twice.viewedItems).toEqual([{ itemId: "p1", name: "Brigade Citrine", viewCount: 2, lastViewedAt: t2.toISOString() }]);
    expect(twice.lastActiveAt).toEqual(t2);
  });

  it("counts objections by type, case-insensitively", () => {
    let s = merged(emptyProfileState(), { leadId: LEAD, objection: "price" }, t1);
    s = merged(s, { leadId: LEAD, objection: " Price " }, t2);
    expect(s.objections).toEqual([{ type: "price", count: 2, lastRaisedAt: t2.toISOString() }]);
  });

  it("lets the latest signal win between interest and rejection", () => {
    let s = merged(emptyProfileState(), { leadId: LEAD, interest: { itemId: "p1", name: "A", level: "HIGH" } }, t1);
    s = merged(s, { leadId: LEAD, rejectedItem: { itemId: "p1", name: "A", reason: "too far" } }, t2);
    expect(s.interests).toEqual([]);
    expect(s.rejectedItems).toEqual([{ itemId: "p1", name: "A", reason: "too far", rejectedAt: t2.toISOString() }]);
    s = merged(s, { leadId: LEAD, interest: { itemId: "p1", name: "A", level: "LOW" } }, t2);
    expect(s.rejectedItems).toEqual([]);
    expect(s.interests).toEqual([{ itemId: "p1", name: "A", level: "LOW" }]);
  });

  it("merges preference lists without duplicates and sets or clears budgets", () => {
    let s = merged(emptyProfileState(), { leadId: LEAD, preferences: { budgetMin: 100, budgetMax: 200, locations: ["Whitefield"] } }, t1);
    s = merged(s, { leadId: LEAD, preferences: { budgetMax: null, locations: ["whitefield", "Sarjapur"], configurations: ["2BHK"] } }, t2);
    expect(s.preferences).toEqual({
      budgetMin: 100,
      budgetMax: undefined,
      configurations: ["2BHK"],
      locations: ["Whitefield", "Sarjapur"],
      mustHaveAmenities: [],
      avoidedAmenities: [],
    });
  });

  it("increments the counters it is told about and keeps the recent sentiment only", () => {
    let s = emptyProfileState();
    for (let i = 0; i < SENTIMENT_HISTORY_LIMIT + 5; i++) s = merged(s, { leadId: LEAD, sentiment: i % 2 ? 1 : -1, newSession: i < 2 }, t1);
    s = merged(s, { leadId: LEAD, siteVisitScheduled: true, callbackRequested: true, brochureDownloaded: true, newSession: false }, t2);
    expect(s.sentimentHistory).toHaveLength(SENTIMENT_HISTORY_LIMIT);
    expect([s.totalSessions, s.siteVisitsScheduled, s.callbacksRequested, s.brochuresDownloaded]).toEqual([2, 1, 1, 1]);
  });

  it("does not modify the state it was given", () => {
    const start = emptyProfileState();
    merged(start, { leadId: LEAD, viewedItem: { itemId: "p1", name: "A" }, newSession: true }, t1);
    expect(start).toEqual(emptyProfileState());
  });

  it("refuses to grow a list past its limit, or a budget range past consistency", () => {
    const full = {
      ...emptyProfileState(),
      viewedItems: Array.from({ length: MAX_REMEMBERED }, (_, i) => ({ itemId: `p${i}`, name: "x", viewCount: 1, lastViewedAt: t1.toISOString() })),
    };
    expect(mergeInteraction(full, { leadId: LEAD, viewedItem: { itemId: "new", name: "x" } }, t2).errors.map((e) => e.code)).toEqual(["LIMIT_EXCEEDED"]);
    expect(mergeInteraction(full, { leadId: LEAD, viewedItem: { itemId: "p1", name: "x" } }, t2).errors).toEqual([]);
    const budget = merged(emptyProfileState(), { leadId: LEAD, preferences: { budgetMax: 100 } }, t1);
    expect(mergeInteraction(budget, { leadId: LEAD, preferences: { budgetMin: 500 } }, t2).errors.map((e) => e.field)).toEqual(["input.preferences.budgetMin"]);
  });

  it("makes an item viewed a third time a HIGH interest, raising a lower level, but never one the customer rejected", () => {
    const view = (state: ProfileState, itemId: string) => merged(state, { leadId: LEAD, viewedItem: { itemId, name: itemId } }, t1);
    let s = merged(emptyProfileState(), { leadId: LEAD, interest: { itemId: "p1", name: "p1", level: "LOW" } }, t1);
    s = view(view(s, "p1"), "p1");
    expect(s.interests).toEqual([{ itemId: "p1", name: "p1", level: "LOW" }]); // two views: not yet
    s = view(s, "p1");
    expect(s.interests).toEqual([{ itemId: "p1", name: "p1", level: "HIGH" }]);
    s = view(view(view(s, "p2"), "p2"), "p2");
    expect(s.interests.map((i) => [i.itemId, i.level])).toEqual([
      ["p1", "HIGH"],
      ["p2", "HIGH"],
    ]);
    let r = merged(emptyProfileState(), { leadId: LEAD, rejectedItem: { itemId: "p3", name: "p3" } }, t1);
    r = view(view(view(view(r, "p3"), "p3"), "p3"), "p3");
    expect(r.interests).toEqual([]);
  });

  it("appends a stage change to the history with its time, and ignores a repeat of the current stage", () => {
    let s = merged(emptyProfileState(), { leadId: LEAD, currentStage: "awareness" }, t1);
    s = merged(s, { leadId: LEAD, currentStage: "awareness" }, t2);
    expect(s.stageHistory).toEqual([{ stage: "awareness", at: t1.toISOString() }]);
    expect(s.stageChangedAt).toEqual(t1);
    s = merged(s, { leadId: LEAD, currentStage: " decision " }, t2);
    expect(s.stageHistory).toEqual([
      { stage: "awareness", at: t1.toISOString() },
      { stage: "decision", at: t2.toISOString() },
    ]);
    expect([s.currentStage, s.stageChangedAt]).toEqual(["decision", t2]);
  });

  it("adds values once, keeping the first spelling", () => {
    expect(unionValues(["Gym"], ["gym", " Pool ", "pool"])).toEqual(["Gym", "Pool"]);
  });
});
