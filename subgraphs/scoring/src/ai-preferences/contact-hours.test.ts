import { describe, expect, it } from "vitest";
import { isTimeZone, nextContactTime } from "./contact-hours";

describe("nextContactTime", () => {
  const office = { startHour: 9, endHour: 18, timeZone: "UTC" };

  it("keeps a due time already within the hours", () => {
    const due = new Date("2026-06-01T10:20:00Z");
    expect(nextContactTime(due, office)).toEqual(due);
  });

  it("moves a due time before the window to its start the same day, and one after it to the next day's start", () => {
    expect(nextContactTime(new Date("2026-06-01T06:10:00Z"), office)).toEqual(new Date("2026-06-01T09:00:00Z"));
    expect(nextContactTime(new Date("2026-06-01T18:00:00Z"), office)).toEqual(new Date("2026-06-02T09:00:00Z"));
  });

  it("reads the hours in the user's time zone, half-hour offsets included", () => {
    // 02:00 UTC is 07:30 in Kolkata (UTC+5:30); the window opens at 09:00 there, 03:30 UTC.
    expect(nextContactTime(new Date("2026-06-01T02:00:00Z"), { startHour: 9, endHour: 18, timeZone: "Asia/Kolkata" })).toEqual(new Date("2026-06-01T03:30:00Z"));
  });

  it("knows real time zones from made-up ones", () => {
    expect(isTimeZone("Asia/Kolkata")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});
