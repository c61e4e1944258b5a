import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { OFFER_OUTCOMES } from "@revgraph/db/vocabulary";
import { enumObject } from "@revgraph/graph";
import { Item } from "../catalog/item.type";
import { Lead } from "../lead/lead.type";

/** The GraphQL enum, built from the one list of offer outcomes (@revgraph/db/vocabulary). */
export const OfferOutcome = enumObject(OFFER_OUTCOMES);
export type OfferOutcome = (typeof OFFER_OUTCOMES)[number];
registerEnumType(OfferOutcome, {
  name: "OfferOutcome",
  description: "How an offer ended.",
  valuesConfig: {
    ACCEPTED: { description: "The customer took the offer." },
    DECLINED: { description: "The customer turned it down." },
    EXPIRED: { description: "The offer lapsed without an answer." },
  },
});

@ObjectType({ description: "A discount offered to a lead on a catalog item, and how it ended." })
export class Offer {
  @Field(() => ID, { description: "The offer's id." })
  id!: string;

  @Field(() => ID, { description: "The lead the offer was made to." })
  leadId!: string;

  @Field(() => Lead, { description: "The lead the offer was made to." })
  lead!: Lead;

  @Field(() => ID, { description: "The item offered." })
  itemId!: string;

  @Field(() => Item, { nullable: true, description: "The item offered." })
  item!: Item | null;

  @Field(() => Float, { description: "Fraction off the list price, 0-1 (0.15 is 15% off)." })
  discount!: number;

  @Field(() => Date, { description: "When the offer was made." })
  madeAt!: Date;

  @Field(() => OfferOutcome, { nullable: true, description: "How it ended; null while open." })
  outcome!: OfferOutcome | null;

  @Field(() => Date, { nullable: true, description: "When it ended; null while open." })
  outcomeAt!: Date | null;

  @Field(() => String, { description: "The user who recorded the offer." })
  madeById!: string;

  @Field(() => String, {
    nullable: true,
    description: "The user who approved a discount above the policy's maximum (a role the policy lets approve, recording it); null within the maximum.",
  })
  approvedById!: string | null;
}
