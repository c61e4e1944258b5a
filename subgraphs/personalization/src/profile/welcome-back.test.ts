import { describe, expect, it } from "vitest";
import { describeLookingFor, joinNames, moreOptionsQuestion, welcomeBackMessage, type WelcomeBackInput } from "./welcome-back";

const now = new Date("2026-01-20T10:00:00Z");
const yesterday = new Date("2026-01-19T10:00:00Z");
const base: WelcomeBackInput = {
  preferences: { configurations: [], locations: [] },
  viewedItems: [],
  rejectedItems: [],
  interests: [],
  siteVisitsScheduled: 0,
  lastActiveAt: yesterday,
};
const view = (itemId: string, name: string, at: string) => ({ itemId, name, lastViewedAt: at });

describe("welcome-back message", () => {
  it("says nothing when the profile remembers nothing", () => {
    expect(welcomeBackMessage(base, now)).toBeNull();
    expect(welcomeBackMessage({ ...base, lastActiveAt: null }, now)).toBeNull();
  });

  it("mentions the strongest interest and suggests a site visit", () => {
    const p = {
      ...base,
      interests: [
        { itemId: "a", name: "Godrej Aqua", level: "LOW" as const },
        { itemId: "b", name: "Brigade Citrine", level: "HIGH" as const },
        { itemId: "c", name: "Prestige Falcon City", level: "MEDIUM" as const },
      ],
    };
    expect(welcomeBackMessage(p, now)).toBe("Welcome back! I see you were interested in Brigade Citrine. Would you like to schedule a site visit to see it in person?");
    expect(welcomeBackMessage({ ...p, siteVisitsScheduled: 1 }, now)).toBe(
      "Welcome back! I see you were interested in Brigade Citrine. Is there anything you'd like to know before your site visit?",
    );
  });

  it("lists up to three recently viewed items, newest first, without rejected ones", () => {
    const p = {
      ...base,
      preferences: { configurations: ["2BHK"], locations: ["Whitefield"] },
      viewedItems: [
        view("1", "Godrej Aqua", "2026-01-19T08:00:00Z"),
        view("2", "Brigade Citrine", "2026-01-19T09:00:00Z"),
        view("3", "Rejected Towers", "2026-01-19T09:30:00Z"),
        view("4", "Prestige Falcon City", "2026-01-19T08:30:00Z"),
        view("5", "Old Heights", "2026-01-01T08:30:00Z"),
      ],
      rejectedItems: [{ itemId: "3" }],
    };
    expect(welcomeBackMessage(p, now)).toBe("Welcome back! You were exploring Brigade Citrine, Prestige Falcon City and Godrej Aqua. Looking for more 2BHK in Whitefield options?");
  });

  it("falls back to the stated preferences", () => {
    const p = { ...base, preferences: { configurations: ["3BHK"], locations: ["Sarjapur"] } };
    expect(welcomeBackMessage(p, now)).toBe("Welcome back! Looking for more 3BHK in Sarjapur options?");
  });

  it("notices a long absence (30 days or more)", () => {
    const p = { ...base, preferences: { configurations: [], locations: ["Whitefield"] }, lastActiveAt: new Date("2025-12-21T10:00:00Z") };
    expect(welcomeBackMessage(p, now)).toBe("Welcome back! It's been a while! You were looking at properties in Whitefield. What would you like to explore today?");
    const recent = { ...p, lastActiveAt: new Date("2025-12-21T10:00:01Z") };
    expect(welcomeBackMessage(recent, now)).toBe("Welcome back! Looking for more options in Whitefield?");
  });

  it("joins names and describes preferences in plain English", () => {
    expect(joinNames([])).toBe("");
    expect(joinNames(["A"])).toBe("A");
    expect(joinNames(["A", "B"])).toBe("A and B");
    expect(joinNames(["A", "B", "C"])).toBe("A, B and C");
    expect(describeLookingFor({ configurations: ["2BHK", "3BHK"], locations: [] })).toBe("2BHK/3BHK");
    expect(describeLookingFor({ configurations: [], locations: [] })).toBeNull();
    expect(moreOptionsQuestion({ configurations: ["3BHK"], locations: [] })).toBe("Looking for more 3BHK options?");
  });
});
