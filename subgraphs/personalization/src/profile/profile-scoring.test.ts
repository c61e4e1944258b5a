import { describe, expect, it } from "vitest";
import { averageSentiment, engagementScore, intentScore, scoreProfile, temperatureOf, type ScoringInput } from "./profile-scoring";

const empty: ScoringInput = { totalSessions: 0, viewedItems: [], interests: [], sentimentHistory: [], siteVisitsScheduled: 0, callbacksRequested: 0 };
const items = (n: number) => Array.from({ length: n }, (_, i) => ({ itemId: `item-${i}` }));

describe("profile scoring (seed 001)", () => {
  it("scores an empty profile as neutral sentiment only, and COLD", () => {
    expect(scoreProfile(empty)).toEqual({ engagementScore: 1, intentScore: 0, temperature: "COLD", sentiment: null });
  });

  it("caps every engagement component at its maximum", () => {
    const p = { ...empty, totalSessions: 40, viewedItems: items(30), interests: items(9), sentimentHistory: [{ score: 1 }] };
    expect(engagementScore(p)).toBe(10);
  });

  it("counts viewed items once per distinct item", () => {
    const p = { ...empty, viewedItems: [{ itemId: "a" }, { itemId: "a" }, { itemId: "b" }, { itemId: "c" }, { itemId: "d" }, { itemId: "e" }] };
    expect(engagementScore(p)).toBe(1 + 1); // 5 distinct / 5 = 1, plus neutral sentiment
  });

  it("treats the average of the sentiment history as the sentiment, and none as 0", () => {
    expect(averageSentiment([])).toBeNull();
    expect(averageSentiment([{ score: 1 }, { score: -0.5 }])).toBe(0.25);
    expect(engagementScore({ ...empty, sentimentHistory: [{ score: -1 }] })).toBe(0);
    expect(engagementScore({ ...empty, sentimentHistory: [{ score: 0.5 }] })).toBe(1.5);
  });

  it("scores intent from interests, a site visit, a callback and persistence", () => {
    expect(intentScore({ ...empty, interests: items(1) })).toBe(1.5);
    expect(intentScore({ ...empty, interests: items(5) })).toBe(3);
    expect(intentScore({ ...empty, siteVisitsScheduled: 2 })).toBe(3);
    expect(intentScore({ ...empty, callbacksRequested: 1 })).toBe(2);
    expect(intentScore({ ...empty, totalSessions: 3 })).toBe(1);
    expect(intentScore({ ...empty, totalSessions: 30 })).toBe(2);
    expect(intentScore({ ...empty, interests: items(2), siteVisitsScheduled: 1, callbacksRequested: 1, totalSessions: 6 })).toBe(10);
  });

  it("puts the HOT boundary at exactly 15 and the WARM boundary at exactly 10", () => {
    expect(temperatureOf(15)).toBe("HOT");
    expect(temperatureOf(14.99)).toBe("WARM");
    expect(temperatureOf(10)).toBe("WARM");
    expect(temperatureOf(9.99)).toBe("COLD");
    expect(temperatureOf(0)).toBe("COLD");
    expect(temperatureOf(20)).toBe("HOT");
  });

  it("reaches exactly 15 (HOT) and 14.9 (WARM) from profile data", () => {
    // 6 sessions (3 + 2), 2 interests (2 + 3), a site visit (3), sentiment +1 (2) = 7 + 8.
    const hot = { ...empty, totalSessions: 6, interests: items(2), siteVisitsScheduled: 1, sentimentHistory: [{ score: 1 }] };
    expect(scoreProfile(hot)).toMatchObject({ engagementScore: 7, intentScore: 8, temperature: "HOT" });
    const warm = { ...hot, sentimentHistory: [{ score: 0.9 }] };
    expect(scoreProfile(warm).temperature).toBe("WARM");
  });

  it("reaches exactly 10 (WARM) and 8 (COLD) from profile data", () => {
    // 6 sessions (3 + 2), sentiment -1 (0), a site visit (3), a callback (2) = 3 + 7.
    const warm = { ...empty, totalSessions: 6, sentimentHistory: [{ score: -1 }], siteVisitsScheduled: 1, callbacksRequested: 1 };
    expect(scoreProfile(warm)).toMatchObject({ engagementScore: 3, intentScore: 7, temperature: "WARM" });
    expect(scoreProfile({ ...warm, callbacksRequested: 0 }).temperature).toBe("COLD");
  });

  it("treats floating-point noise on a boundary as the boundary", () => {
    // 22/3 + 23/3 is 15 in exact arithmetic but may not be in floating point.
    expect(temperatureOf(22 / 3 + 23 / 3)).toBe("HOT");
    expect(temperatureOf(15 - 1e-12)).toBe("HOT");
  });
});
