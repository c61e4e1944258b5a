/** The organization's offer policy as sales sets it (the shared default until then), read once per request: suggestions and bundle prices stay inside it. */
import { DEFAULT_OFFER_POLICY, type OfferApproverRole } from "@revgraph/db/vocabulary";
import type { OfferRepository } from "../commerce/commerce.repository";
import { allowedDiscount } from "./offer-response";

export interface OfferPolicyView {
  maxDiscount: number;
  marginFloor: number;
  costShare: number;
  allowedDiscount: number;
  approverRole: OfferApproverRole;
  isDefault: boolean;
  updatedAt: Date | null;
}

export class OfferPolicyService {
  private current?: Promise<OfferPolicyView>;

  constructor(private readonly offers: OfferRepository) {}

  /** The policy in force. */
  get(): Promise<OfferPolicyView> {
    this.current ??= this.offers.policy().then((row) => {
      const values = row ?? DEFAULT_OFFER_POLICY;
      return {
        maxDiscount: values.maxDiscount,
        marginFloor: values.marginFloor,
        costShare: values.costShare,
        approverRole: values.approverRole,
        allowedDiscount: allowedDiscount(values),
        isDefault: !row,
        updatedAt: row?.updatedAt ?? null,
      };
    });
    return this.current;
  }
}
