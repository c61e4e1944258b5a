/**
 * The price-response model and the discount choice, pure: P(accept | discount, group) is a
 * logistic curve fitted on the organization's closed offers with the shared learning core, and the
 * suggested discount maximizes the expected margin per list price, P(accept | d) × (1 − d − cost),
 * over the discounts the policy allows — never outside them.
 */
import { fitLogistic, sigmoid, type DesignMatrix } from "@revgraph/learning";
import type { PriceSensitivityGroup } from "@revgraph/db/vocabulary";

export interface OfferObservation {
  discount: number;
  group: PriceSensitivityGroup;
  accepted: boolean;
}

/** The policy's terms, as shares of the list price. */
export interface OfferPolicyTerms {
  maxDiscount: number;
  marginFloor: number;
  costShare: number;
}

/** Coefficients on the discount in tenths (0.1 = 1), so the penalty barely bends the slopes. */
export interface OfferResponseModel {
  intercept: number;
  discount: number;
  /** Shift of the intercept and of the slope for each group against BUDGET_AT_OR_ABOVE_MEDIAN. */
  groupShift: Record<PriceSensitivityGroup, { intercept: number; discount: number }>;
  offers: number;
  offersByGroup: Record<PriceSensitivityGroup, number>;
  acceptanceRate: number;
}

/** Fewer closed offers than this and there is no curve to learn from. */
export const MIN_OFFERS_FOR_MODEL = 30;
const SCALE = 10;
const LAMBDA = 0.5;
const SHIFTED: readonly PriceSensitivityGroup[] = ["BUDGET_BELOW_MEDIAN", "BUDGET_UNKNOWN"];

function row(discount: number, group: PriceSensitivityGroup): number[] {
  const d = discount * SCALE;
  return [d, ...SHIFTED.flatMap((g) => (g === group ? [1, d] : [0, 0]))];
}

/** Fits the curve; null when there are too few closed offers or only one kind of outcome. */
export function fitOfferResponse(observations: readonly OfferObservation[]): OfferResponseModel | null {
  const n = observations.length;
  const accepted = observations.filter((o) => o.accepted).length;
  if (n < MIN_OFFERS_FOR_MODEL || accepted === 0 || accepted === n) return null;
  const d = 1 + 2 * SHIFTED.length;
  const x = new Float64Array(n * d);
  const y = new Float64Array(n);
  observations.forEach((o, i) => {
    x.set(row(o.discount, o.group), i * d);
    y[i] = o.accepted ? 1 : 0;
  });
  const data: DesignMatrix = { x, y, n, d };
  const fit = fitLogistic(data, { weights: new Float64Array(d), intercept: 0 }, { lambda: LAMBDA, interceptLambda: 0, maxIterations: 100 });
  const w = fit.weights;
  const offersByGroup = { BUDGET_BELOW_MEDIAN: 0, BUDGET_AT_OR_ABOVE_MEDIAN: 0, BUDGET_UNKNOWN: 0 };
  for (const o of observations) offersByGroup[o.group] += 1;
  return {
    intercept: fit.intercept,
    discount: w[0],
    groupShift: {
      BUDGET_AT_OR_ABOVE_MEDIAN: { intercept: 0, discount: 0 },
      BUDGET_BELOW_MEDIAN: { intercept: w[1], discount: w[2] },
      BUDGET_UNKNOWN: { intercept: w[3], discount: w[4] },
    },
    offers: n,
    offersByGroup,
    acceptanceRate: accepted / n,
  };
}

/** P(accept | discount, group). */
export function acceptanceProbability(model: OfferResponseModel, discount: number, group: PriceSensitivityGroup): number {
  const shift = model.groupShift[group];
  return sigmoid(model.intercept + shift.intercept + (model.discount + shift.discount) * discount * SCALE);
}

/** The largest discount the policy allows: its maximum, and no deeper than leaves the margin floor above cost. */
export function allowedDiscount(policy: OfferPolicyTerms): number {
  return Math.max(0, Math.min(policy.maxDiscount, 1 - policy.costShare - policy.marginFloor));
}

export interface DiscountChoice {
  discount: number;
  /** P(accept) at the chosen discount, and at none. */
  acceptance: number;
  baselineAcceptance: number;
  /** Expected margin per unit of list price at the chosen discount, and at none. */
  expectedMargin: number;
  baselineExpectedMargin: number;
  allowed: number;
}

/** Discounts tried: every half point from 0 to the allowed maximum, and the maximum itself. */
const STEP = 0.005;

/** The discount within the policy with the largest expected margin (ties: the smaller discount). */
export function chooseDiscount(model: OfferResponseModel, group: PriceSensitivityGroup, policy: OfferPolicyTerms): DiscountChoice {
  const allowed = allowedDiscount(policy);
  const margin = (d: number) => acceptanceProbability(model, d, group) * (1 - d - policy.costShare);
  const candidates = [...Array.from({ length: Math.floor(allowed / STEP + 1e-9) + 1 }, (_, i) => i * STEP), allowed];
  let best = 0;
  for (const d of candidates) if (margin(d) > margin(best) + 1e-12) best = d;
  return {
    discount: best,
    acceptance: acceptanceProbability(model, best, group),
    baselineAcceptance: acceptanceProbability(model, 0, group),
    expectedMargin: margin(best),
    baselineExpectedMargin: margin(0),
    allowed,
  };
}

/** A lead's group: their budget against the organization's median budget. */
export function priceSensitivityGroup(budget: number | null, medianBudget: number | null): PriceSensitivityGroup {
  if (budget === null || medianBudget === null) return "BUDGET_UNKNOWN";
  return budget < medianBudget ? "BUDGET_BELOW_MEDIAN" : "BUDGET_AT_OR_ABOVE_MEDIAN";
}

/** The budget a profile states: the midpoint of its range, or the one bound given; null without either. */
export function statedBudget(preferences: { budgetMin?: number; budgetMax?: number }): number | null {
  const { budgetMin, budgetMax } = preferences;
  if (budgetMin !== undefined && budgetMax !== undefined) return (budgetMin + budgetMax) / 2;
  return budgetMax ?? budgetMin ?? null;
}

/** Each lead's group from the budgets profiles state, against the median of those budgets. */
export function groupsFromPreferences(preferencesByLead: ReadonlyMap<string, { budgetMin?: number; budgetMax?: number }>): {
  groupOf: (leadId: string) => PriceSensitivityGroup;
  medianBudget: number | null;
} {
  const budgets = new Map<string, number>();
  for (const [leadId, preferences] of preferencesByLead) {
    const budget = statedBudget(preferences);
    if (budget !== null) budgets.set(leadId, budget);
  }
  const medianBudget = median([...budgets.values()]);
  return { groupOf: (leadId) => priceSensitivityGroup(budgets.get(leadId) ?? null, medianBudget), medianBudget };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A scarcity note only when stock is tracked and truly low; never invented. */
export const LOW_STOCK = 5;
export function scarcityNote(stock: number | null): string | null {
  if (stock === null || stock <= 0 || stock > LOW_STOCK) return null;
  return `Only ${stock} left`;
}
