/**
 * Offers made to leads and their outcomes: each recorded once, for the organization's own leads and
 * items, and within the offer policy (above its maximum only when the caller may approve, never below its margin floor).
 */
import { UserError, type UserErrorCode, isInFuture, isUuid } from "@revgraph/graph";
import type { Identity } from "@revgraph/auth";
import type { Database } from "@revgraph/db";
import type { ItemRepository } from "../catalog/item.repository";
import type { OfferPolicyService } from "../offer-policy/offer-policy.service";
import { offerDiscountProblem } from "../offer-policy/offer-policy";
import type { BuyerRepository } from "../purchase/buyer.repository";
import type { RecordOfferInput, RecordOfferOutcomeInput } from "./offer.input";
import type { OfferRepository, OfferRow } from "./offer.repository";

export interface OfferResult {
  offer: OfferRow | null;
  errors: UserError[];
}

const fail = (field: string, code: UserErrorCode, message: string): OfferResult => ({ offer: null, errors: [UserError.of(field, code, message)] });

export class OfferService {
  constructor(
    private readonly db: Database,
    private readonly identity: Identity,
    private readonly offers: OfferRepository,
    private readonly items: ItemRepository,
    private readonly leads: BuyerRepository,
    private readonly policy: OfferPolicyService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(input: RecordOfferInput): Promise<OfferResult> {
    const now = this.now();
    const madeAt = input.madeAt ?? now;
    if (!isUuid(input.leadId)) return fail("input.leadId", "INVALID_ID", "input.leadId must be a UUID");
    if (!isUuid(input.itemId)) return fail("input.itemId", "INVALID_ID", "input.itemId must be a UUID");
    if (!(Number.isFinite(input.discount) && input.discount >= 0 && input.discount <= 1)) {
      return fail("input.discount", "OUT_OF_RANGE", `input.discount must be between 0 and 1 (a fraction of the list price), got ${input.discount}`);
    }
    if (isInFuture(madeAt, now)) return fail("input.madeAt", "IN_FUTURE", "input.madeAt must not be in the future");
    const { error, needsApproval } = offerDiscountProblem(input.discount, await this.policy.get(), this.identity.role, "input.discount");
    if (error) return { offer: null, errors: [error] };
    return this.db.transaction(async (tx) => {
      if (!(await this.leads.exists(tx, input.leadId))) return fail("input.leadId", "NOT_FOUND", `Lead ${input.leadId} was not found`);
      if ((await this.items.findByIds([input.itemId], tx)).length === 0) return fail("input.itemId", "NOT_FOUND", `Item ${input.itemId} was not found`);
      const offer = await this.offers.insert(tx, {
        leadId: input.leadId,
        itemId: input.itemId,
        discount: input.discount,
        madeAt,
        madeBy: this.identity.userId,
        approvedBy: needsApproval ? this.identity.userId : null,
      });
      return { offer, errors: [] };
    });
  }

  async recordOutcome(input: RecordOfferOutcomeInput): Promise<OfferResult> {
    const now = this.now();
    const at = input.at ?? now;
    if (!isUuid(input.offerId)) return fail("input.offerId", "INVALID_ID", "input.offerId must be a UUID");
    if (isInFuture(at, now)) return fail("input.at", "IN_FUTURE", "input.at must not be in the future");
    return this.db.transaction(async (tx) => {
      const offer = await this.offers.lockById(tx, input.offerId);
      if (!offer) return fail("input.offerId", "NOT_FOUND", `Offer ${input.offerId} was not found`);
      if (offer.outcome) {
        if (offer.outcome === input.outcome) return { offer, errors: [] };
        return fail("input.outcome", "ALREADY_CLOSED", `Offer ${offer.id} was already recorded as ${offer.outcome}`);
      }
      if (at < offer.madeAt) return fail("input.at", "BEFORE_CREATED", "input.at is before the offer was made");
      return { offer: await this.offers.close(tx, offer.id, input.outcome, at), errors: [] };
    });
  }
}
