import { describe, expect, it } from "vitest";
import { mulberry32 } from "@revgraph/learning";
import type { PriceSensitivityGroup } from "@revgraph/db/vocabulary";
import { bundlePrice, DEFAULT_BUNDLE_DISCOUNT } from "./bundle-price";
import { allowedDiscount, fitOfferResponse, type OfferObservation } from "./offer-response";

const GROUPS: PriceSensitivityGroup[] = ["BUDGET_BELOW_MEDIAN", "BUDGET_AT_OR_ABOVE_MEDIAN", "BUDGET_UNKNOWN"];

/** Closed offers from a curve whose steepness varies with the seed: some organizations respond to discounts, some barely. */
function offers(seed: number, n: number): OfferObservation[] {
  const rng = mulberry32(seed);
  const slope = 2 + rng() * 30;
  return Array.from({ length: n }, () => {
    const group = GROUPS[Math.floor(rng() * 3)];
    const discount = Math.floor(rng() * 41) / 100;
    return { discount, group, accepted: rng() < 1 / (1 + Math.exp(1.8 - slope * discount)) };
  });
}

describe("bundle prices", () => {
  it("never leave the policy: at most its maximum and never below its margin floor, over random policies, curves and prices", () => {
    const rng = mulberry32(7);
    for (let i = 0; i < 300; i++) {
      const costShare = rng() * 0.8;
      const policy = { maxDiscount: rng() * 0.5, marginFloor: rng() * (1 - costShare), costShare };
      const model = i % 3 === 0 ? null : fitOfferResponse(offers(i, 200));
      const prices = Array.from({ length: 2 }, () => Math.round(rng() * 100_000) / 100);
      const result = bundlePrice(prices, policy, model);
      const list = prices[0] + prices[1];
      expect(result.listPrice).toBeCloseTo(list, 9);
      expect(result.discount).toBeGreaterThanOrEqual(0);
      expect(result.discount).toBeLessThanOrEqual(policy.maxDiscount + 1e-12);
      expect(result.discount).toBeLessThanOrEqual(allowedDiscount(policy) + 1e-12);
      // The margin left over cost is at least the floor, in money.
      expect(result.price - list * costShare).toBeGreaterThanOrEqual(list * policy.marginFloor - 1e-6);
      expect(result.price).toBeLessThanOrEqual(list);
    }
  });

  it("uses the default discount, capped by the policy, until there are offers to learn from", () => {
    const loose = bundlePrice([100, 50], { maxDiscount: 0.2, marginFloor: 0, costShare: 0 }, null);
    expect(loose).toMatchObject({ listPrice: 150, discount: DEFAULT_BUNDLE_DISCOUNT, price: 142.5, basis: "POLICY_DEFAULT" });
    const tight = bundlePrice([100, 50], { maxDiscount: 0.02, marginFloor: 0, costShare: 0 }, null);
    expect(tight).toMatchObject({ discount: 0.02, price: 147, basis: "POLICY_DEFAULT" });
    expect(tight.reason).toContain("capped");
  });

  it("gives a deeper discount where customers respond to discounts, from the learned curve", () => {
    const policy = { maxDiscount: 0.3, marginFloor: 0, costShare: 0.3 };
    const responsive = fitOfferResponse(
      Array.from({ length: 400 }, (_, i) => {
        const discount = (i % 31) / 100;
        return { discount, group: GROUPS[i % 3], accepted: (i * 7919) % 100 < 100 / (1 + Math.exp(3 - 25 * discount)) };
      }),
    )!;
    const flat = fitOfferResponse(Array.from({ length: 400 }, (_, i) => ({ discount: (i % 31) / 100, group: GROUPS[i % 3], accepted: i % 2 === 0 })))!;
    const deep = bundlePrice([1000], policy, responsive);
    const shallow = bundlePrice([1000], policy, flat);
    expect(deep.basis).toBe("LEARNED_RESPONSE");
    expect(deep.discount).toBeGreaterThan(shallow.discount);
    expect(shallow.discount).toBeLessThan(0.05);
  });
});
