import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { PRICE_SENSITIVITY_GROUPS } from "@revgraph/db/vocabulary";
import { enumObject } from "@revgraph/graph";
import { Item } from "../catalog/item.type";
import { OfferPolicy } from "./offer-policy.type";

/** The GraphQL enum, built from the one list of groups (@revgraph/db/vocabulary). */
export const PriceSensitivityGroup = enumObject(PRICE_SENSITIVITY_GROUPS);
registerEnumType(PriceSensitivityGroup, {
  name: "PriceSensitivityGroup",
  description: "Which response curve a lead's offers follow: the budget in their profile against the organization's median budget.",
  valuesConfig: {
    BUDGET_BELOW_MEDIAN: { description: "The profile's budget is below the organization's median." },
    BUDGET_AT_OR_ABOVE_MEDIAN: { description: "The profile's budget is at or above the organization's median." },
    BUDGET_UNKNOWN: { description: "The profile states no budget (or there is no profile)." },
  },
});

@ObjectType({ description: "One reason behind a suggested offer." })
export class OfferFactor {
  @Field(() => String, { description: "What the factor is." })
  name!: string;

  @Field(() => String, { description: "What it says for this lead and item, with its numbers." })
  detail!: string;
}

@ObjectType({
  description:
    "A discount to offer a lead on an item: the one within the organization's offer policy with the largest expected margin under the learned response to past offers of the lead's price-sensitivity group.",
})
export class SuggestedOffer {
  @Field(() => Item, { description: "The item the offer is for." })
  item!: Item;

  @Field(() => Float, { description: "Suggested discount, a fraction of the list price; never above the policy's allowed discount (0 when there is no response curve yet)." })
  discount!: number;

  @Field(() => Float, { description: "The price after the discount." })
  price!: number;

  @Field(() => Float, { nullable: true, description: "Estimated chance the offer is accepted at this discount; null without a response curve." })
  acceptanceProbability!: number | null;

  @Field(() => Float, { nullable: true, description: "Estimated chance an offer without a discount is accepted; null without a response curve." })
  baselineAcceptanceProbability!: number | null;

  @Field(() => Float, { nullable: true, description: "acceptanceProbability − baselineAcceptanceProbability: the expected conversion lift of the discount." })
  expectedConversionLift!: number | null;

  @Field(() => Float, { nullable: true, description: "Expected margin per unit of list price: acceptance × (1 − discount − costShare)." })
  expectedMargin!: number | null;

  @Field(() => PriceSensitivityGroup, { description: "The lead's price-sensitivity group, whose curve was used." })
  priceSensitivityGroup!: string;

  @Field(() => String, { nullable: true, description: 'A true scarcity note ("Only 2 left") when the item\'s tracked stock is 5 or fewer; otherwise null, never invented.' })
  scarcity!: string | null;

  @Field(() => OfferPolicy, { description: "The policy the suggestion respects." })
  policy!: OfferPolicy;

  @Field(() => [OfferFactor], { description: "Why this discount: the lead's group, the learned response, the policy and any stock note." })
  factors!: OfferFactor[];
}
