import { describe, expect, it } from "vitest";
import { validateInteraction } from "./profile.validation";

const LEAD = "6f1c1d5e-8a5b-4a4e-9d7a-0c2b1e3f4a5b";

describe("validateInteraction", () => {
  it("accepts a full, well-formed interaction", () => {
    expect(
      validateInteraction({
        leadId: LEAD,
        viewedItem: { itemId: "p1", name: "A" },
        rejectedItem: { itemId: "p2", name: "B", reason: "price" },
        interest: { itemId: "p3", name: "C", level: "HIGH" },
        objection: "price",
        sentiment: -1,
        preferences: { budgetMin: 0, budgetMax: 1, locations: ["X"] },
      }),
    ).toEqual([]);
  });

  it("names each offending field", () => {
    const errors = validateInteraction({
      leadId: "not-a-uuid",
      sentiment: 5,
      objection: " ",
      viewedItem: { itemId: "", name: "x".repeat(201) },
      preferences: { budgetMin: -1, locations: ["ok", ""] },
    });
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ["input.leadId", "INVALID_ID"],
      ["input.viewedItem.itemId", "REQUIRED"],
      ["input.viewedItem.name", "TOO_LONG"],
      ["input.objection", "REQUIRED"],
      ["input.sentiment", "OUT_OF_RANGE"],
      ["input.preferences.budgetMin", "OUT_OF_RANGE"],
      ["input.preferences.locations", "INVALID_VALUE"],
    ]);
  });

  it("rejects a sentiment that is not a number between -1 and 1", () => {
    for (const sentiment of [1.01, -1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(validateInteraction({ leadId: LEAD, sentiment }).map((e) => e.field)).toEqual(["input.sentiment"]);
    }
  });

  it("checks a phone's length before its format, and a frustration between 0 and 1", () => {
    const codes = (input: Parameters<typeof validateInteraction>[0]) => validateInteraction(input).map((e) => [e.field, e.code]);
    expect(codes({ leadId: LEAD, phone: "+91 98765 43210", frustration: 0 })).toEqual([]);
    expect(codes({ leadId: LEAD, phone: "x".repeat(33) })).toEqual([["input.phone", "TOO_LONG"]]);
    expect(codes({ leadId: LEAD, phone: "98765 43210" })).toEqual([["input.phone", "INVALID_PHONE"]]);
    expect(codes({ leadId: LEAD, phone: "" })).toEqual([["input.phone", "REQUIRED"]]);
    for (const frustration of [1.01, -0.01, Number.NaN]) expect(codes({ leadId: LEAD, frustration })).toEqual([["input.frustration", "OUT_OF_RANGE"]]);
  });
});
