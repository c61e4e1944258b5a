import { Field, Float, Int, ObjectType } from "type-graphql";
import { Item } from "../catalog/item.type";

@ObjectType({ description: "A catalog item recommended for a lead, and why." })
export class RecommendedItem {
  @Field(() => Item, { description: "The item." })
  item!: Item;

  @Field(() => Float, {
    description: "Ranking score: similarity to what the lead bought (weight 1) and viewed (0.5), plus 0.25 for a preference match (−0.25 when well over budget).",
  })
  score!: number;

  @Field(() => String, { description: 'Why, with the counts behind it, e.g. "Bought together with Modular Kitchen by 41 of 120 buyers of Modular Kitchen".' })
  reason!: string;
}

@ObjectType({ description: "Two items frequently bought in the same purchase." })
export class Bundle {
  @Field(() => [Item], { description: "The two items; the first is the one that predicts the other better (the rarer)." })
  items!: Item[];

  @Field(() => Int, { description: "Purchases holding both." })
  orders!: number;

  @Field(() => Float, { description: "Share of all purchases holding both." })
  support!: number;

  @Field(() => Float, { description: "Share of purchases with the first item that also hold the second." })
  confidence!: number;

  @Field(() => Float, { description: "How many times more often the two are bought together than if they were independent (1 = no association)." })
  lift!: number;

  @Field(() => Float, { description: "Sum of the two items' list prices." })
  listPrice!: number;

  @Field(() => Float, {
    description:
      "The bundle discount, a fraction of listPrice: never above the offer policy's maximum nor deeper than its margin floor allows. Chosen by the learned response to past offers (the largest expected margin across the organization's customers), else the default of 5% capped by the policy.",
  })
  discount!: number;

  @Field(() => Float, { description: "The bundle price: listPrice × (1 − discount), rounded up to the cent." })
  price!: number;

  @Field(() => String, {
    description: 'How the discount was chosen, e.g. "Learned from 312 closed offers: 7.5% off maximizes the expected margin, within the 10% the policy allows".',
  })
  discountReason!: string;

  @Field(() => String, { description: 'Why, e.g. "Bought together in 41 of 120 purchases of Interior Package".' })
  reason!: string;
}
