// Unit tests: a linear prediction taken apart into per-feature contributions, and the labels and numbers explanations quote.
import { describe, expect, it } from "vitest";
import { formatNumber, formatSigned, linearScore, plural } from "./contributions";
import { attributeBinLabel, describeAttributeColumn, humanizeKey } from "./feature-labels";

describe("linearScore", () => {
  it("adds the contributions to the intercept and sorts them by size, ties by name", () => {
    const score = linearScore({ weights: { a: 2, b: -1, c: 0.5 }, intercept: 0.25, variances: { a: 0.1 }, interceptVariance: 0.01 }, ["a", "b", "c"], [0.5, 3, -2]);
    expect(score.logit).toBeCloseTo(0.25 + 1 - 3 - 1, 12);
    expect(score.variance).toBeCloseTo(0.01 + 0.25 * 0.1, 12);
    expect(score.contributions.map((c) => [c.name, c.contribution])).toEqual([
      ["b", -3],
      ["a", 1],
      ["c", -1],
    ]);
  });
});

describe("labels and numbers", () => {
  it("names attribute columns in words", () => {
    expect(humanizeKey("contractType")).toBe("contract type");
    expect(describeAttributeColumn("attr.Contract=Month-to-month")).toBe("contract: Month-to-month");
    expect(describeAttributeColumn("attr.seats.missing")).toBe("seats missing");
    expect(describeAttributeColumn("usage")).toBeNull();
    expect(attributeBinLabel([{ key: "tenure", kind: "number", cuts: [3, 12.5] }], "attr.tenure.bin1", (n) => n.slice(5))).toBe("tenure 3 to under 12.5");
  });

  it("formats signs, numbers and plurals", () => {
    expect(formatSigned(0.424)).toBe("+0.42");
    expect(formatSigned(-1.071)).toBe("-1.07");
    expect(formatNumber(3)).toBe("3");
    expect(formatNumber(2.345)).toBe("2.3");
    expect(formatNumber(12.6)).toBe("13");
    expect(plural(1, "day", "days")).toBe("1 day");
    expect(plural(4, "day", "days")).toBe("4 days");
  });
});
