/** The organization's offer policy: reading it (the default until one is set) and changing it (managers and admins, validated whole). */
import { forbidden, type Identity } from "@revgraph/auth";
import type { UserError } from "@revgraph/graph";
import { DEFAULT_OFFER_POLICY } from "@revgraph/db/vocabulary";
import { allowedDiscount, policyProblems, type OfferPolicyValues } from "./offer-policy";
import type { OfferPolicyRepository } from "./offer-policy.repository";

export interface OfferPolicyView extends OfferPolicyValues {
  allowedDiscount: number;
  isDefault: boolean;
  updatedAt: Date | null;
}

const view = (values: OfferPolicyValues, isDefault: boolean, updatedAt: Date | null): OfferPolicyView => ({
  maxDiscount: values.maxDiscount,
  marginFloor: values.marginFloor,
  costShare: values.costShare,
  approverRole: values.approverRole,
  allowedDiscount: allowedDiscount(values),
  isDefault,
  updatedAt,
});

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
