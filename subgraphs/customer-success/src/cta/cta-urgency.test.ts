import { describe, expect, it } from "vitest";
import { defaultDueAt, effectiveStatus, priorityRank } from "./cta-urgency";

const now = new Date("2026-03-01T12:00:00Z");

describe("effectiveStatus", () => {
  it("keeps a CTA snoozed until its date, then shows it OPEN", () => {
    expect(effectiveStatus({ status: "SNOOZED", snoozedUntil: new Date("2026-03-01T12:00:01Z") }, now)).toBe("SNOOZED");
    expect(effectiveStatus({ status: "SNOOZED", snoozedUntil: now }, now)).toBe("OPEN");
  });

  it("leaves OPEN and CLOSED as they are", () => {
    expect(effectiveStatus({ status: "OPEN", snoozedUntil: null }, now)).toBe("OPEN");
    expect(effectiveStatus({ status: "CLOSED", snoozedUntil: new Date("2027-01-01") }, now)).toBe("CLOSED");
  });
});

describe("urgency", () => {
  it("ranks URGENT first and LOW last", () => {
    expect(["LOW", "URGENT", "MEDIUM", "HIGH"].map((p) => priorityRank(p as never))).toEqual([3, 0, 2, 1]);
  });

  it("gives more urgent CTAs an earlier default due date", () => {
    expect(defaultDueAt("URGENT", now).toISOString()).toBe("2026-03-02T12:00:00.000Z");
    expect(defaultDueAt("LOW", now).toISOString()).toBe("2026-03-15T12:00:00.000Z");
  });
});
