import { Field, ObjectType } from "type-graphql";
import { UserError } from "@revgraph/graph";
import { Offer } from "./offer.type";

@ObjectType({ description: "Result of recordOffer or recordOfferOutcome: the offer, or null and the reasons nothing changed." })
export class OfferPayload {
  @Field(() => Offer, { nullable: true, description: "The offer as stored; null when errors is not empty." })
  offer!: Offer | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  errors!: UserError[];
}
