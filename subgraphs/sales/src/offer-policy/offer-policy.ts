/**
 * The offer policy's rules, pure: which policies can be saved, the deepest discount that keeps the
 * margin floor, and whether a caller may record a given discount (above the maximum only with the
 * approver role; below the margin floor never).
 */
import { UserError } from "@revgraph/graph";
import type { OfferApproverRole, Role } from "@revgraph/db/vocabulary";

export interface OfferPolicyValues {
  maxDiscount: number;
  marginFloor: number;
  costShare: number;
  approverRole: OfferApproverRole;
}

/** The deepest discount that leaves the margin floor above cost: 1 − costShare − marginFloor. */
export function marginCeiling(policy: OfferPolicyValues): number {
  return Math.max(0, 1 - policy.costShare - policy.marginFloor);
}

/** The largest discount allowed without approval: the maximum, and no deeper than the margin floor allows. */
export function allowedDiscount(policy: OfferPolicyValues): number {
  return Math.min(policy.maxDiscount, marginCeiling(policy));
}

/** Whether a role may approve offers above the maximum: admins always, managers when the policy names them. */
export function mayApprove(role: Role, approverRole: OfferApproverRole): boolean {
  return role === "admin" || (role === "manager" && approverRole === "manager");
}

/** Tolerance for discounts sent as decimals (0.1 + 0.2 is not 0.3). */
const EPSILON = 1e-9;

/**
 * Why `discount` may not be recorded by a caller with `role`, naming `field`; null when it may. A discount
 * above the maximum needs the approver role and is then approved by the caller; none may cut into the margin floor.
 */
export function offerDiscountProblem(discount: number, policy: OfferPolicyValues, role: Role, field: string): { error: UserError | null; needsApproval: boolean } {
  const ceiling = marginCeiling(policy);
  if (discount > ceiling + EPSILON) {
    return {
      error: UserError.of(
        field,
        "BELOW_MARGIN_FLOOR",
        `${field} of ${discount} leaves less than the policy's margin floor of ${policy.marginFloor} above cost (${policy.costShare}); at most ${round(ceiling)} is allowed`,
      ),
      needsApproval: false,
    };
  }
  const needsApproval = discount > policy.maxDiscount + EPSILON;
  if (needsApproval && !mayApprove(role, policy.approverRole)) {
    return {
      error: UserError.of(
        field,
        "APPROVAL_REQUIRED",
        `${field} of ${discount} is above the policy's maximum of ${policy.maxDiscount}: only ${policy.approverRole === "admin" ? "an admin" : "a manager or an admin"} may approve it`,
      ),
      needsApproval,
    };
  }
  return { error: null, needsApproval };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

const isShare = (value: number) => Number.isFinite(value) && value >= 0 && value <= 1;

/** The problems of a policy, each naming its field; empty when it can be saved. */
export function policyProblems(input: OfferPolicyValues): UserError[] {
  const errors: UserError[] = [];
  for (const field of ["maxDiscount", "marginFloor", "costShare"] as const) {
    if (!isShare(input[field]))
      errors.push(UserError.of(`input.${field}`, "OUT_OF_RANGE", `input.${field} must be between 0 and 1 (a share of the list price), got ${input[field]}`));
  }
  if (errors.length === 0 && input.costShare + input.marginFloor > 1) {
    errors.push(
      UserError.of("input.marginFloor", "INVALID_RANGE", `input.costShare + input.marginFloor must not exceed 1 (the list price), got ${input.costShare + input.marginFloor}`),
    );
  }
  return errors;
}
