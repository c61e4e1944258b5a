import { Field, Float, ID, InputType } from "type-graphql";
import { OfferOutcome } from "./offer.type";

export const MAX_OFFERS_PAGE = 100;

@InputType({ description: "A discount offered to a lead on an item." })
export class RecordOfferInput {
  @Field(() => ID, { description: "The lead (of the caller's organization)." })
  leadId!: string;

  @Field(() => ID, { description: "The catalog item (of the caller's organization)." })
  itemId!: string;

  @Field(() => Float, { description: "Fraction off the list price, 0-1." })
  discount!: number;

  @Field(() => Date, { nullable: true, description: "When the offer was made (default: now); not in the future." })
  madeAt?: Date | null;
}

@InputType({ description: "How an offer ended. Recording the same outcome again replays; another outcome is refused." })
export class RecordOfferOutcomeInput {
  @Field(() => ID, { description: "The offer (of the caller's organization)." })
  offerId!: string;

  @Field(() => OfferOutcome, { description: "ACCEPTED, DECLINED or EXPIRED." })
  outcome!: OfferOutcome;

  @Field(() => Date, { nullable: true, description: "When it ended (default: now); not before the offer, not in the future." })
  at?: Date | null;
}
