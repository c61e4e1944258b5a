import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Item } from "../catalog/item.type";
import { Lead } from "../lead/lead.type";

@ObjectType({ description: "One item of a purchase." })
export class PurchaseLine {
  @Field(() => ID, { description: "The catalog item bought." })
  itemId!: string;

  @Field(() => Item, { nullable: true, description: "The catalog item bought." })
  item!: Item | null;

  @Field(() => Int, { description: "Units bought (≥ 1)." })
  quantity!: number;

  @Field(() => Float, { description: "Price paid per unit (≥ 0)." })
  unitPrice!: number;
}

@ObjectType({ description: "A purchase (order) by the customer behind a lead." })
export class Purchase {
  @Field(() => ID, { description: "The purchase's id." })
  id!: string;

  @Field(() => String, { description: "The integration's id of the purchase: recording it again replays, never duplicates." })
  externalId!: string;

  @Field(() => ID, { description: "The buying lead." })
  leadId!: string;

  @Field(() => Lead, { description: "The buying lead." })
  lead!: Lead;

  @Field(() => ID, { nullable: true, description: "The customer-success account it was bought for, if any." })
  accountId!: string | null;

  @Field(() => Date, { description: "When the purchase happened." })
  occurredAt!: Date;

  @Field(() => Float, { description: "Sum of quantity × unit price over the lines." })
  total!: number;

  @Field(() => [PurchaseLine], { description: "The items bought, in the order recorded." })
  lines!: PurchaseLine[];
}
