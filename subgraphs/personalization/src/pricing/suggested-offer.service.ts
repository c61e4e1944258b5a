/**
 * Suggested offers: learns the organization's response to past offers once per request (closed
 * offers, each lead's price-sensitivity group from the budget in their profile) and proposes, for a
 * lead and an item, the discount within the policy with the largest expected margin.
 */
import { assertUuid } from "@revgraph/graph";
import type { PriceSensitivityGroup } from "@revgraph/db/vocabulary";
import type { ItemRepository, ItemRow, OfferRepository } from "../commerce/commerce.repository";
import type { OwnLeadCheck } from "../lead/lead.loaders";
import { chooseDiscount, fitOfferResponse, groupsFromPreferences, MIN_OFFERS_FOR_MODEL, scarcityNote, type OfferResponseModel } from "./offer-response";
import type { OfferPolicyService, OfferPolicyView } from "./offer-policy.service";
import type { PricingRepository } from "./pricing.repository";

export interface OfferFactorView {
  name: string;
  detail: string;
}

export interface SuggestedOfferView {
  item: ItemRow;
  discount: number;
  price: number;
  acceptanceProbability: number | null;
  baselineAcceptanceProbability: number | null;
  expectedConversionLift: number | null;
  expectedMargin: number | null;
  priceSensitivityGroup: PriceSensitivityGroup;
  scarcity: string | null;
  policy: OfferPolicyView;
  factors: OfferFactorView[];
}

interface ResponseData {
  model: OfferResponseModel | null;
  closedOffers: number;
  groupOf: (leadId: string) => PriceSensitivityGroup;
  medianBudget: number | null;
}

const pct = (share: number) => `${(share * 100).toFixed(1).replace(/\.0$/, "")}%`;

export class SuggestedOfferService {
  private data?: Promise<ResponseData>;

  constructor(
    private readonly pricing: PricingRepository,
    private readonly offers: OfferRepository,
    private readonly items: ItemRepository,
    private readonly isOwnLead: OwnLeadCheck,
    private readonly policy: OfferPolicyService,
  ) {}

  private load(): Promise<ResponseData> {
    this.data ??= (async () => {
      const [offers, preferences] = await Promise.all([this.offers.closedOffers(), this.pricing.preferencesByLead()]);
      const { groupOf, medianBudget } = groupsFromPreferences(preferences);
      const model = fitOfferResponse(offers.map((o) => ({ discount: o.discount, accepted: o.accepted, group: groupOf(o.leadId) })));
      return { model, closedOffers: offers.length, groupOf, medianBudget };
    })();
    return this.data;
  }

  /** The organization's learned response to past offers; null until enough closed offers exist. */
  async responseModel(): Promise<OfferResponseModel | null> {
    return (await this.load()).model;
  }

  /** The suggestion for one lead and item; null when either is not the organization's. */
  async suggest(leadId: string, itemId: string): Promise<SuggestedOfferView | null> {
    assertUuid("itemId", itemId);
    const [exists, [item], data, policy] = await Promise.all([this.isOwnLead(leadId), this.items.findByIds([itemId]), this.load(), this.policy.get()]);
    if (!exists || !item) return null;
    const group = data.groupOf(leadId);
    const factors: OfferFactorView[] = [
      {
        name: "Price sensitivity",
        detail:
          group === "BUDGET_UNKNOWN"
            ? "The lead's profile states no budget"
            : `The lead's budget is ${group === "BUDGET_BELOW_MEDIAN" ? "below" : "at or above"} the organization's median of ${Math.round(data.medianBudget!)}`,
      },
    ];
    const scarcity = scarcityNote(item.stock);
    if (!data.model) {
      factors.push({
        name: "No response curve",
        detail: `${data.closedOffers} closed offers; at least ${MIN_OFFERS_FOR_MODEL} with both accepted and refused ones are needed, so no discount is suggested`,
      });
      return {
        item,
        discount: 0,
        price: item.listPrice,
        acceptanceProbability: null,
        baselineAcceptanceProbability: null,
        expectedConversionLift: null,
        expectedMargin: null,
        priceSensitivityGroup: group,
        scarcity,
        policy,
        factors,
      };
    }
    const choice = chooseDiscount(data.model, group, policy);
    factors.push(
      {
        name: "Response to past offers",
        detail: `Learned from ${data.model.offers} closed offers (${data.model.offersByGroup[group]} in this group): acceptance ${pct(choice.baselineAcceptance)} without a discount, ${pct(choice.acceptance)} at ${pct(choice.discount)} off`,
      },
      {
        name: "Policy",
        detail:
          choice.allowed === 0
            ? "The policy allows no discount once its margin floor is kept"
            : choice.discount >= choice.allowed - 1e-9
              ? `Capped at the ${pct(choice.allowed)} the policy allows`
              : `Within the ${pct(choice.allowed)} the policy allows; a deeper discount would lower the expected margin`,
      },
    );
    if (scarcity) factors.push({ name: "Stock", detail: scarcity });
    return {
      item,
      discount: choice.discount,
      price: item.listPrice * (1 - choice.discount),
      acceptanceProbability: choice.acceptance,
      baselineAcceptanceProbability: choice.baselineAcceptance,
      expectedConversionLift: choice.acceptance - choice.baselineAcceptance,
      expectedMargin: choice.expectedMargin,
      priceSensitivityGroup: group,
      scarcity,
      policy,
      factors,
    };
  }
}
