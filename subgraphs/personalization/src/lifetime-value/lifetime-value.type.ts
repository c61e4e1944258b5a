import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "Expected revenue from a customer over a horizon: BG/NBD expected purchases × Gamma-Gamma expected spend per purchase, fitted by maximum likelihood on the organization's purchases.",
})
export class LifetimeValue {
  @Field(() => Float, { description: "Expected revenue over the horizon." })
  expectedRevenue!: number;

  @Field(() => Float, {
    description: "5th percentile of the revenue over the horizon (90% interval from 1,000 draws of the customer's posterior; the fitted parameters are taken as known).",
  })
  low!: number;

  @Field(() => Float, { description: "95th percentile of the revenue over the horizon." })
  high!: number;

  @Field(() => Float, { description: "Expected purchases (purchase days) over the horizon." })
  expectedPurchases!: number;

  @Field(() => Float, { description: "Probability the customer still buys (has not silently dropped out), 0-1." })
  probabilityAlive!: number;

  @Field(() => Int, { description: "The horizon, in days." })
  horizonDays!: number;

  @Field(() => String, { description: "The model, e.g. BG/NBD + Gamma-Gamma." })
  model!: string;

  @Field(() => Date, { description: "When the organization's model was fitted." })
  fittedAt!: Date;
}
