import { describe, expect, it } from "vitest";
import { validateAccountFields, validateHealthPoint } from "./account.validation";

const ACCOUNT = "6f1c1d5e-8a5b-4a4e-9d7a-0c2b1e3f4a5b";
const now = new Date("2026-01-20T10:00:00Z");
const codes = (errors: { field: string; code: string }[]) => errors.map((e) => [e.field, e.code]);

describe("validateAccountFields", () => {
  it("accepts a well-formed account", () => {
    expect(validateAccountFields({ name: "Acme", domain: "Acme.com", healthScore: 100, attributes: { plan: "pro", seats: 40, sso: true }, csmId: "csm-1", arr: 0 })).toEqual([]);
    expect(validateAccountFields({ name: "Acme", domain: "eu.acme.co.uk", healthScore: 0 })).toEqual([]);
  });

  it("names each offending field", () => {
    expect(codes(validateAccountFields({ name: " ", domain: "not a domain", healthScore: 101, attributes: { nested: { no: 1 } }, csmId: " ", arr: -1 }))).toEqual([
      ["input.name", "REQUIRED"],
      ["input.domain", "INVALID_DOMAIN"],
      ["input.healthScore", "OUT_OF_RANGE"],
      ["input.attributes", "INVALID_ATTRIBUTES"],
      ["input.csmId", "INVALID_ID"],
      ["input.arr", "OUT_OF_RANGE"],
    ]);
    expect(codes(validateAccountFields({ name: "A", domain: "a.com", attributes: [1], arr: Number.POSITIVE_INFINITY }))).toEqual([
      ["input.attributes", "INVALID_ATTRIBUTES"],
      ["input.arr", "OUT_OF_RANGE"],
    ]);
  });

  it("rejects malformed domains and free-mail providers", () => {
    for (const domain of ["acme", "http://acme.com", "acme..com", "-acme.com", "ac_me.com", "ada@acme.com"]) {
      expect(codes(validateAccountFields({ name: "A", domain }))).toEqual([["input.domain", "INVALID_DOMAIN"]]);
    }
    expect(codes(validateAccountFields({ name: "A", domain: "gmail.com" }))).toEqual([["input.domain", "FREE_MAIL_DOMAIN"]]);
  });

  it("keeps health scores within 0-100", () => {
    expect(codes(validateAccountFields({ name: "A", domain: "a.com", healthScore: -1 }))).toEqual([["input.healthScore", "OUT_OF_RANGE"]]);
  });
});

describe("validateHealthPoint", () => {
  it("accepts a score now or in the past", () => {
    expect(validateHealthPoint({ accountId: ACCOUNT, score: 50 }, now)).toEqual([]);
    expect(validateHealthPoint({ accountId: ACCOUNT, score: 50, recordedAt: new Date("2025-01-01") }, now)).toEqual([]);
  });

  it("rejects malformed ids, out-of-range scores and future points", () => {
    expect(codes(validateHealthPoint({ accountId: "x", score: 101, recordedAt: new Date("2026-01-21") }, now))).toEqual([
      ["input.accountId", "INVALID_ID"],
      ["input.score", "OUT_OF_RANGE"],
      ["input.recordedAt", "IN_FUTURE"],
    ]);
  });
});
