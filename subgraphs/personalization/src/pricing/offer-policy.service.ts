/** The organization's offer policy: reading it (the default until one is set) and changing it (managers and admins, validated whole). */
import { forbidden, type Identity } from "@revgraph/auth";
import { UserError } from "@revgraph/graph";
import type { OfferApproverRole } from "@revgraph/db/vocabulary";
import { allowedDiscount } from "./offer-response";
import type { OfferPolicyRepository } from "./offer-policy.repository";

export interface OfferPolicyView {
  maxDiscount: number;
  marginFloor: number;
  costShare: number;
  allowedDiscount: number;
  approverRole: OfferApproverRole;
  isDefault: boolean;
  updatedAt: Date | null;
}

export interface OfferPolicyValues {
  maxDiscount: number;
  marginFloor: number;
  costShare: number;
  approverRole: OfferApproverRole;
}

/** What applies until the organization sets its own: at most 10% off, no margin floor, managers approve more. */
export const DEFAULT_OFFER_POLICY: OfferPolicyValues = { maxDiscount: 0.1, marginFloor: 0, costShare: 0, approverRole: "manager" };

const view = (values: OfferPolicyValues, isDefault: boolean, updatedAt: Date | null): OfferPolicyView => ({
  ...values,
  allowedDiscount: allowedDiscount(values),
  isDefault,
  updatedAt,
});

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

export class OfferPolicyService {
  private current?: Promise<OfferPolicyView>;

  constructor(
    private readonly identity: Identity,
    private readonly policies: OfferPolicyRepository,
  ) {}

  /** The policy in force (read once per request). */
  get(): Promise<OfferPolicyView> {
    this.current ??= this.policies.find().then((row) => (row ? view(row, false, row.updatedAt) : view(DEFAULT_OFFER_POLICY, true, null)));
    return this.current;
  }

  async update(input: OfferPolicyValues): Promise<{ policy: OfferPolicyView; errors: UserError[] }> {
    if (this.identity.role === "rep") throw forbidden("Only managers and admins can change the offer policy");
    const errors = policyProblems(input);
    if (errors.length > 0) return { policy: await this.get(), errors };
    const row = await this.policies.save({ ...input, updatedBy: this.identity.userId });
    this.current = Promise.resolve(view(row, false, row.updatedAt));
    return { policy: await this.current, errors: [] };
  }
}
