import { Field, Float, ID, InputType, Int } from "type-graphql";

export const MAX_PURCHASES_PER_CALL = 1000;
export const MAX_LINES_PER_PURCHASE = 100;
export const MAX_PURCHASES_PAGE = 100;

@InputType({ description: "One item of a purchase." })
export class PurchaseLineInput {
  @Field(() => ID, { description: "A catalog item of the caller's organization." })
  itemId!: string;

  @Field(() => Int, { description: "Units bought, 1-1,000,000." })
  quantity!: number;

  @Field(() => Float, { description: "Price paid per unit, ≥ 0." })
  unitPrice!: number;
}

@InputType({ description: "A purchase to record. Recording an externalId again with the same content replays it; with different content it is refused." })
export class PurchaseInput {
  @Field(() => String, { description: "The integration's id of the purchase (1-200 characters), unique within the organization." })
  externalId!: string;

  @Field(() => ID, { description: "The buying lead (of the caller's organization)." })
  leadId!: string;

  @Field(() => ID, { nullable: true, description: "The account it was bought for (of the caller's organization), if any." })
  accountId?: string | null;

  @Field(() => Date, { description: "When it happened; not in the future." })
  occurredAt!: Date;

  @Field(() => [PurchaseLineInput], { description: `The items bought (1-${MAX_LINES_PER_PURCHASE}).` })
  lines!: PurchaseLineInput[];
}
