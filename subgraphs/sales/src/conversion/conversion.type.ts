import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { OUTCOMES } from "@revgraph/db/vocabulary";
import { enumObject, UserError } from "@revgraph/graph";
import { Lead } from "../lead/lead.type";

/** The GraphQL enum, built from the one list of outcomes (@revgraph/db/vocabulary). */
export const ConversionOutcome = enumObject(OUTCOMES);
export type ConversionOutcome = (typeof OUTCOMES)[number];
registerEnumType(ConversionOutcome, { name: "ConversionOutcome" });

@ObjectType({ description: "The recorded outcome of a lead: training data for its rep's model." })
export class Conversion {
  @Field(() => ID)
  id!: string;

  @Field(() => ConversionOutcome)
  outcome!: ConversionOutcome;

  @Field(() => Date, { description: "When the deal was won or lost." })
  occurredAt!: Date;

  @Field(() => String)
  idempotencyKey!: string;

  @Field(() => Date, { description: "When the outcome was recorded." })
  recordedAt!: Date;
}

@InputType()
export class RecordConversionInput {
  @Field(() => ID)
  leadId!: string;

  @Field(() => ConversionOutcome)
  outcome!: ConversionOutcome;

  @Field(() => Date, { nullable: true, description: "When the deal closed (default: now)." })
  occurredAt?: Date | null;

  @Field(() => String, { description: "Client-chosen key; retrying with the same key never records twice." })
  idempotencyKey!: string;
}

@ObjectType()
export class RecordConversionPayload {
  @Field(() => Lead, { nullable: true })
  lead!: Lead | null;

  @Field(() => Conversion, { nullable: true })
  conversion!: Conversion | null;

  @Field(() => Boolean, { description: "True when this call repeated an earlier one with the same idempotency key." })
  replayed!: boolean;

  @Field(() => [UserError])
  errors!: UserError[];
}
