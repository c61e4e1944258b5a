import { describe, expect, it } from "vitest";
import { validateCreateCta, validateOwnerId, validateSnooze } from "./cta.validation";

const ID = "6f1c1d5e-8a5b-4a4e-9d7a-0c2b1e3f4a5b";
const now = new Date("2026-03-01T12:00:00Z");
const codes = (errors: { field: string; code: string }[]) => errors.map((e) => [e.field, e.code]);

describe("CTA input validation", () => {
  it("accepts a CTA due now or later, with or without an owner", () => {
    expect(validateCreateCta({ accountId: ID, dueAt: now, ownerId: "rep-alice" }, now)).toEqual([]);
    expect(validateCreateCta({ accountId: ID }, now)).toEqual([]);
  });

  it("names the malformed account id, blank owner and past due date", () => {
    expect(codes(validateCreateCta({ accountId: "42", ownerId: "  ", dueAt: new Date("2026-02-28T00:00:00Z") }, now))).toEqual([
      ["input.accountId", "INVALID_ID"],
      ["input.ownerId", "REQUIRED"],
      ["input.dueAt", "IN_PAST"],
    ]);
    expect(codes(validateOwnerId("input.ownerId", "u".repeat(201)))).toEqual([["input.ownerId", "TOO_LONG"]]);
  });

  it("snoozes only into the future and at most a year ahead", () => {
    expect(validateSnooze({ ctaId: ID, until: new Date("2026-03-08T12:00:00Z") }, now)).toEqual([]);
    expect(codes(validateSnooze({ ctaId: ID, until: now }, now))).toEqual([["input.until", "IN_PAST"]]);
    expect(codes(validateSnooze({ ctaId: ID, until: new Date("2027-03-02T12:00:00Z") }, now))).toEqual([["input.until", "OUT_OF_RANGE"]]);
  });
});
