import { describe, expect, it } from "vitest";
import type { Factor } from "../model/model-types";
import { DEFAULT_FACTORS, factorCount, KEPT_FACTORS, keptFactors } from "./prediction-factors";

/** `n` factors sorted by |contribution|, largest first, with alternating signs (as the model returns them). */
function sortedFactors(n: number): Factor[] {
  return Array.from({ length: n }, (_, i) => {
    const contribution = (i % 2 ? -1 : 1) * (n - i);
    return { name: `f${i}`, label: `feature ${i}`, value: 1, weight: contribution, contribution, rawValue: i % 3 ? i : null };
  });
}

describe("keptFactors", () => {
  it("keeps the largest KEPT_FACTORS in the model's order, with human values", () => {
    const kept = keptFactors(sortedFactors(35));
    expect(kept).toHaveLength(KEPT_FACTORS);
    expect(kept.map((f) => f.name)).toEqual(
      sortedFactors(35)
        .slice(0, KEPT_FACTORS)
        .map((f) => f.name),
    );
    expect(kept[1]).toEqual({ name: "f1", label: "feature 1", value: 1, weight: -34, contribution: -34 });
    expect(kept[0].value).toBeNull();
  });

  it("keeps every factor of a small model", () => {
    expect(keptFactors(sortedFactors(4))).toHaveLength(4);
  });
});

describe("factorCount", () => {
  it("takes 0 to KEPT_FACTORS as asked, and null as every kept factor", () => {
    expect(factorCount(0)).toBe(0);
    expect(factorCount(DEFAULT_FACTORS)).toBe(5);
    expect(factorCount(KEPT_FACTORS)).toBe(KEPT_FACTORS);
    expect(factorCount(null)).toBe(KEPT_FACTORS);
  });

  it("rejects negative and oversized counts as BAD_USER_INPUT", () => {
    for (const first of [-1, KEPT_FACTORS + 1, 1_000_000]) {
      expect(() => factorCount(first)).toThrow(expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "first" } }));
    }
  });
});
