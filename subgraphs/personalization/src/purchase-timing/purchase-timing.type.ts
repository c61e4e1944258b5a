import { Field, Float, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "When an open lead is likely to be won: a discrete-time competing-risks model (hazards of being won and of being lost per period of the lead's life, from the period, the profile's sales stage and the lead's source) fitted on the organization's leads with open ones censored.",
})
export class PurchaseTiming {
  @Field(() => Float, { nullable: true, description: "Expected days from now until the lead is won, given it is won within a year; null below a 1% chance of that." })
  expectedDaysToConversion!: number | null;

  @Field(() => Float, { description: "Probability the lead is won within the next 30 days (0-1), with being lost first as the competing outcome." })
  probabilityWithin30Days!: number;

  @Field(() => Float, { description: "Probability the lead is won within the next 90 days (0-1)." })
  probabilityWithin90Days!: number;

  @Field(() => Float, { description: "Probability the lead is won within a year of its creation (0-1): the model's horizon." })
  probabilityWithinYear!: number;

  @Field(() => String, { description: "The model." })
  model!: string;

  @Field(() => Date, { description: "When the organization's model was fitted (refitted when its number of closed leads changes or after a day)." })
  fittedAt!: Date;
}
