import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { OUTCOMES } from "@revgraph/db/vocabulary";
import { enumObject, UserError } from "@revgraph/graph";
import { Lead } from "../lead/lead.type";

/** The GraphQL enum, built from the one list of outcomes (@revgraph/db/vocabulary). */
export const ConversionOutcome = enumObject(OUTCOMES);
export type ConversionOutcome = (typeof OUTCOMES)[number];
registerEnumType(ConversionOutcome, { name: "ConversionOutcome", description: "How a lead ended: WON or LOST." });

@ObjectType({ description: "The recorded outcome of a lead: training data for its rep's model." })
export class Conversion {
  @Field(() => ID, { description: "The conversion's id." })
  id!: string;

  @Field(() => ConversionOutcome, { description: "Whether the lead was won or lost." })
  outcome!: ConversionOutcome;

  @Field(() => Date, { description: "When the deal was won or lost." })
  occurredAt!: Date;

  @Field(() => String, { description: "The client's key it was recorded with." })
  idempotencyKey!: string;

  @Field(() => Date, { description: "When the outcome was recorded." })
  recordedAt!: Date;
}

@InputType({ description: "The outcome of one lead." })
export class RecordConversionInput {
  @Field(() => ID, { description: "The lead that closed (a UUID)." })
  leadId!: string;

  @Field(() => ConversionOutcome, { description: "Whether it was won or lost." })
  outcome!: ConversionOutcome;

  @Field(() => Date, { nullable: true, description: "When the deal closed (default: now)." })
  occurredAt?: Date | null;

  @Field(() => String, { description: "Client-chosen key; retrying with the same key never records twice." })
  idempotencyKey!: string;
}

@ObjectType({ description: "Result of recordConversion: the closed lead and its conversion, or the reasons nothing was recorded." })
export class RecordConversionPayload {
  @Field(() => Lead, { nullable: true, description: "The lead, now WON or LOST; null when errors is not empty." })
  lead!: Lead | null;

  @Field(() => Conversion, { nullable: true, description: "The recorded outcome (the earlier one on a replay); null when errors is not empty." })
  conversion!: Conversion | null;

  @Field(() => Boolean, { description: "True when this call repeated an earlier one with the same idempotency key." })
  replayed!: boolean;

  @Field(() => [UserError], { description: "Why nothing was recorded; empty on success." })
  errors!: UserError[];
}
