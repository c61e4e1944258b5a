import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "What a group of customers (a segment or a persona) is worth: purchases from personalization's records, won and lost from the sales pipeline." })
export class GroupRoi {
  @Field(() => Int, { description: "Customers (profiles) in the group." })
  members!: number;

  @Field(() => Int, { description: "Members with at least one recorded purchase." })
  buyers!: number;

  @Field(() => Float, { description: "Total of the members' recorded purchases." })
  revenue!: number;

  @Field(() => Float, { description: "revenue / members (0 for an empty group)." })
  revenuePerMember!: number;

  @Field(() => Int, { description: "Members whose lead was won." })
  won!: number;

  @Field(() => Int, { description: "Members whose lead was lost." })
  lost!: number;

  @Field(() => Float, { nullable: true, description: "won / (won + lost); null when no member's lead is closed." })
  conversionRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Average expected revenue over the next 365 days (BG/NBD + Gamma-Gamma) of the members who have bought; null without buyers or a fitted lifetime-value model.",
  })
  averageLifetimeValue!: number | null;
}
