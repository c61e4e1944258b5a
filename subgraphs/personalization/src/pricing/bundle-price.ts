/**
 * A bundle's price, pure: the sum of its items' list prices less one bundle discount that never
 * leaves the offer policy (at most its maximum, never below its margin floor). The discount is the one
 * the organization's learned response to past offers says maximizes the expected margin for its
 * customers as a whole (the groups weighted by their offers); without a learned response it is the
 * default bundle discount, capped by the policy.
 */
import { PRICE_SENSITIVITY_GROUPS } from "@revgraph/db/vocabulary";
import { acceptanceProbability, allowedDiscount, type OfferPolicyTerms, type OfferResponseModel } from "./offer-response";

/** The bundle discount before any offers were learned from: 5% off, or what the policy allows if that is less. */
export const DEFAULT_BUNDLE_DISCOUNT = 0.05;

export type BundleDiscountBasis = "LEARNED_RESPONSE" | "POLICY_DEFAULT";

export interface BundlePrice {
  /** Sum of the items' list prices. */
  listPrice: number;
  /** Fraction off listPrice, within [0, allowedDiscount(policy)]. */
  discount: number;
  /** listPrice × (1 − discount), rounded up to the cent (rounding never deepens the discount). */
  price: number;
  basis: BundleDiscountBasis;
  /** How the discount was chosen, in words. */
  reason: string;
}

const STEP = 0.005;
const pct = (share: number) => `${(share * 100).toFixed(1).replace(/\.0$/, "")}%`;

/** The discount within the policy with the largest expected margin across the organization's customers (ties: the smaller). */
export function learnedBundleDiscount(model: OfferResponseModel, policy: OfferPolicyTerms): number {
  const allowed = allowedDiscount(policy);
  const total = Math.max(1, model.offers);
  const acceptance = (d: number) => PRICE_SENSITIVITY_GROUPS.reduce((sum, g) => sum + (model.offersByGroup[g] / total) * acceptanceProbability(model, d, g), 0);
  const margin = (d: number) => acceptance(d) * (1 - d - policy.costShare);
  let best = 0;
  for (const d of [...Array.from({ length: Math.floor(allowed / STEP + 1e-9) + 1 }, (_, i) => i * STEP), allowed]) if (margin(d) > margin(best) + 1e-12) best = d;
  return best;
}

export function bundlePrice(listPrices: readonly number[], policy: OfferPolicyTerms, model: OfferResponseModel | null): BundlePrice {
  const listPrice = listPrices.reduce((sum, p) => sum + p, 0);
  const allowed = allowedDiscount(policy);
  const chosen = model ? learnedBundleDiscount(model, policy) : DEFAULT_BUNDLE_DISCOUNT;
  const discount = Math.min(Math.max(0, chosen), allowed);
  const price = Math.ceil(listPrice * (1 - discount) * 100 - 1e-6) / 100;
  const within = `within the ${pct(allowed)} the policy allows`;
  const reason = model
    ? `Learned from ${model.offers} closed offers: ${pct(discount)} off maximizes the expected margin, ${within}`
    : chosen > allowed
      ? `No offers to learn from yet: the default ${pct(DEFAULT_BUNDLE_DISCOUNT)} is capped at the ${pct(allowed)} the policy allows`
      : `No offers to learn from yet: the default ${pct(DEFAULT_BUNDLE_DISCOUNT)} off, ${within}`;
  return { listPrice, discount, price: Math.min(listPrice, Math.max(price, 0)), basis: model ? "LEARNED_RESPONSE" : "POLICY_DEFAULT", reason };
}
