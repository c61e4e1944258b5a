import { describe, expect, it } from "vitest";
import { isEmail, validateLeadFields } from "./lead.validation";

const now = new Date("2026-01-01T00:00:00Z");

describe("isEmail", () => {
  it("accepts ordinary addresses and refuses malformed ones", () => {
    for (const ok of ["ada@acme.test", "a.b+c@mail.example.co", "x@y.z"]) expect(isEmail(ok)).toBe(true);
    for (const bad of ["ada", "@acme.test", "ada@", "ada@acme", "ada@.test", "ada@acme.", "a@b@c.d", "a da@acme.test", ""]) expect(isEmail(bad)).toBe(false);
  });

  it("rejects the 32,000-dot address in well under a millisecond per row", () => {
    const hostile = `a@${".".repeat(32_000)}@`;
    const started = performance.now();
    for (let i = 0; i < 1000; i++) expect(isEmail(hostile)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("validateLeadFields", () => {
  it("checks an email's length before its shape and names the field", () => {
    const errors = validateLeadFields({ name: "Ada", email: `a@${".".repeat(32_000)}@` }, "input.0.", now, true);
    expect(errors).toEqual([expect.objectContaining({ field: "input.0.email", code: "TOO_LONG" })]);
  });
});
