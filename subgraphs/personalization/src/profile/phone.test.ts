import { describe, expect, it } from "vitest";
import { normalizePhone } from "./phone";

describe("normalizePhone", () => {
  it("keeps an E.164 number as it is", () => {
    expect(normalizePhone("+919876543210")).toBe("+919876543210");
    expect(normalizePhone("+14155550123")).toBe("+14155550123");
  });

  it("drops spaces, dots, hyphens and parentheses and reads a leading 00 as +", () => {
    expect(normalizePhone(" +91 98765-43210 ")).toBe("+919876543210");
    expect(normalizePhone("+1 (415) 555.0123")).toBe("+14155550123");
    expect(normalizePhone("0044 20 7946 0958")).toBe("+442079460958");
  });

  it("refuses numbers without a country code, with letters, too short or too long", () => {
    for (const raw of ["9876543210", "(415) 555-0123", "+91 98765 4321x", "+1234567", "+1234567890123456", "+0 415 555 0123", "++14155550123", ""]) {
      expect(normalizePhone(raw), raw).toBeNull();
    }
  });

  it("accepts the shortest and longest E.164 lengths (8 and 15 digits)", () => {
    expect(normalizePhone("+12345678")).toBe("+12345678");
    expect(normalizePhone("+123456789012345")).toBe("+123456789012345");
  });
});
