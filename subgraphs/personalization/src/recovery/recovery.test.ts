import { describe, expect, it } from "vitest";
import { daysSilent, recoveryStep, repeatedInterest } from "./recovery";

const view = (itemId: string, viewCount: number) => ({ itemId, name: itemId.toUpperCase(), viewCount, lastViewedAt: "2026-01-01T00:00:00Z" });

describe("repeatedInterest", () => {
  it("picks the most viewed item seen at least three times", () => {
    const interest = repeatedInterest([view("a", 3), view("b", 5), view("c", 1)], [{ itemId: "b", name: "B", level: "HIGH" }]);
    expect(interest).toEqual({ itemId: "b", name: "B", viewCount: 5, level: "HIGH" });
  });

  it("falls back to a HIGH interest when nothing was viewed three times", () => {
    const interest = repeatedInterest(
      [view("a", 2)],
      [
        { itemId: "a", name: "A", level: "MEDIUM" },
        { itemId: "d", name: "D", level: "HIGH" },
      ],
    );
    expect(interest).toEqual({ itemId: "d", name: "D", viewCount: 0, level: "HIGH" });
  });

  it("is null for two views and medium interest", () => {
    expect(repeatedInterest([view("a", 2)], [{ itemId: "a", name: "A", level: "MEDIUM" }])).toBeNull();
  });
});

describe("phases", () => {
  it("counts whole days of silence", () => {
    const now = new Date("2026-03-31T12:00:00Z");
    expect(daysSilent(new Date("2026-03-01T13:00:00Z"), now)).toBe(29);
    expect(daysSilent(new Date("2026-03-01T12:00:00Z"), now)).toBe(30);
  });

  it("names the item and the evidence in the step", () => {
    const interest = { itemId: "x", name: "Skyline Towers", viewCount: 4, level: "HIGH" as const };
    expect(recoveryStep("REMINDER", interest, 20, [])).toBe("Remind them of Skyline Towers (viewed 4 times); silent for 20 days.");
    expect(recoveryStep("ALTERNATIVES", interest, 40, ["Lake View", "Palm Court"])).toContain("Lake View, Palm Court");
  });
});
