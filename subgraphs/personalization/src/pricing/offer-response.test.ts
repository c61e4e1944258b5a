import { describe, expect, it } from "vitest";
import { mulberry32 } from "@revgraph/learning";
import type { PriceSensitivityGroup } from "@revgraph/db/vocabulary";
import {
  acceptanceProbability,
  allowedDiscount,
  chooseDiscount,
  fitOfferResponse,
  median,
  priceSensitivityGroup,
  scarcityNote,
  statedBudget,
  type OfferObservation,
  type OfferResponseModel,
} from "./offer-response";

const GROUPS: PriceSensitivityGroup[] = ["BUDGET_BELOW_MEDIAN", "BUDGET_AT_OR_ABOVE_MEDIAN", "BUDGET_UNKNOWN"];

/** Offers drawn from a known curve: the sensitive group's acceptance climbs steeply with the discount. */
function simulate(seed: number, n: number): OfferObservation[] {
  const rng = mulberry32(seed);
  const slope = { BUDGET_BELOW_MEDIAN: 18, BUDGET_AT_OR_ABOVE_MEDIAN: 3, BUDGET_UNKNOWN: 8 };
  return Array.from({ length: n }, () => {
    const group = GROUPS[Math.floor(rng() * 3)];
    const discount = Math.floor(rng() * 16) / 100;
    return { discount, group, accepted: rng() < 1 / (1 + Math.exp(1.8 - slope[group] * discount)) };
  });
}

describe("the offer-response curve", () => {
  it("recovers a steeper curve for the price-sensitive group than for the rest", () => {
    const model = fitOfferResponse(simulate(1, 4000))!;
    const rise = (g: PriceSensitivityGroup) => acceptanceProbability(model, 0.15, g) - acceptanceProbability(model, 0, g);
    expect(rise("BUDGET_BELOW_MEDIAN")).toBeGreaterThan(2 * rise("BUDGET_AT_OR_ABOVE_MEDIAN"));
    // Truth at 15% for the sensitive group: 1/(1+e^(1.8-2.7)) ≈ 0.71.
    expect(acceptanceProbability(model, 0.15, "BUDGET_BELOW_MEDIAN")).toBeCloseTo(0.71, 1);
  });

  it("refuses to fit on too few offers or a single outcome", () => {
    expect(fitOfferResponse(simulate(2, 20))).toBeNull();
    expect(fitOfferResponse(simulate(2, 100).map((o) => ({ ...o, accepted: true })))).toBeNull();
  });

  it("suggests the larger discount to the price-sensitive group under the same policy", () => {
    const model = fitOfferResponse(simulate(3, 4000))!;
    const policy = { maxDiscount: 0.2, marginFloor: 0.1, costShare: 0.5 };
    expect(chooseDiscount(model, "BUDGET_BELOW_MEDIAN", policy).discount).toBeGreaterThan(chooseDiscount(model, "BUDGET_AT_OR_ABOVE_MEDIAN", policy).discount);
  });
});

describe("suggestions stay within the policy", () => {
  it("never exceeds the maximum discount or cuts into the margin floor, over 2,000 random policies, curves and groups", () => {
    const rng = mulberry32(42);
    for (let trial = 0; trial < 2000; trial++) {
      const costShare = rng() < 0.3 ? 0 : rng() * 0.9;
      const policy = { maxDiscount: rng() < 0.1 ? 0 : rng(), marginFloor: rng() * (1 - costShare), costShare };
      const shift = () => ({ intercept: rng() * 4 - 2, discount: rng() * 6 - 3 });
      const model: OfferResponseModel = {
        intercept: rng() * 6 - 3,
        discount: rng() * 10 - 2,
        groupShift: { BUDGET_AT_OR_ABOVE_MEDIAN: { intercept: 0, discount: 0 }, BUDGET_BELOW_MEDIAN: shift(), BUDGET_UNKNOWN: shift() },
        offers: 100,
        offersByGroup: { BUDGET_BELOW_MEDIAN: 40, BUDGET_AT_OR_ABOVE_MEDIAN: 40, BUDGET_UNKNOWN: 20 },
        acceptanceRate: 0.3,
      };
      const choice = chooseDiscount(model, GROUPS[trial % 3], policy);
      expect(choice.discount).toBeGreaterThanOrEqual(0);
      expect(choice.discount).toBeLessThanOrEqual(policy.maxDiscount);
      expect(1 - choice.discount - policy.costShare).toBeGreaterThanOrEqual(policy.marginFloor - 1e-12);
      expect(choice.expectedMargin).toBeGreaterThanOrEqual(choice.baselineExpectedMargin);
    }
  });

  it("allows no discount when the margin floor leaves none", () => {
    expect(allowedDiscount({ maxDiscount: 0.3, marginFloor: 0.6, costShare: 0.4 })).toBe(0);
    expect(allowedDiscount({ maxDiscount: 0.3, marginFloor: 0.5, costShare: 0.4 })).toBeCloseTo(0.1, 12);
  });
});

describe("groups, budgets and scarcity", () => {
  it("puts a lead below the median budget in the sensitive group and one without a budget in unknown", () => {
    expect(priceSensitivityGroup(5, 10)).toBe("BUDGET_BELOW_MEDIAN");
    expect(priceSensitivityGroup(10, 10)).toBe("BUDGET_AT_OR_ABOVE_MEDIAN");
    expect(priceSensitivityGroup(null, 10)).toBe("BUDGET_UNKNOWN");
    expect(statedBudget({ budgetMin: 80, budgetMax: 120 })).toBe(100);
    expect(statedBudget({ budgetMax: 120 })).toBe(120);
    expect(statedBudget({})).toBeNull();
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });

  it("claims scarcity only when stock is tracked and low", () => {
    expect(scarcityNote(null)).toBeNull();
    expect(scarcityNote(0)).toBeNull();
    expect(scarcityNote(6)).toBeNull();
    expect(scarcityNote(2)).toBe("Only 2 left");
  });
});
