/** A saved segment's typed filter: one class serves as the GraphQL input (SegmentFilterInput) and as the stored definition it returns (SegmentFilter). */
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { LEAD_STATUSES } from "@revgraph/db/vocabulary";
import { enumObject } from "@revgraph/graph";
import { Temperature } from "../profile/profile.type";

export const LeadStatus = enumObject(LEAD_STATUSES);
export type LeadStatus = (typeof LEAD_STATUSES)[number];
registerEnumType(LeadStatus, { name: "LeadStatus", description: "Where a lead is in the funnel. WON and LOST are set only by recordConversion." });

@ObjectType("SegmentAttributeCondition", { description: "A condition on one of the lead's custom attributes: its value is one of `values`, or a number within [min, max]." })
@InputType("SegmentAttributeConditionInput", { description: "A condition on one of the lead's custom attributes: give `values`, or `min` and/or `max`." })
export class SegmentAttributeCondition {
  @Field(() => String, { description: "The attribute's key, e.g. region (1-100 characters)." })
  key!: string;

  @Field(() => [String], { nullable: true, description: "The value (as text) must be one of these (1-50 values of 1-200 characters)." })
  values?: string[] | null;

  @Field(() => Float, { nullable: true, description: "The value must be a number at least this." })
  min?: number | null;

  @Field(() => Float, { nullable: true, description: "The value must be a number at most this." })
  max?: number | null;
}

@ObjectType("SegmentFilter", { description: "Who belongs to a segment: every condition given must hold; a list matches any of its values." })
@InputType("SegmentFilterInput", {
  description: "Who belongs to a segment: every condition given must hold; a list matches any of its values. An empty filter holds everyone with a profile.",
})
export class SegmentFilter {
  @Field(() => [Temperature], { nullable: true, description: "The profile's temperature is one of these." })
  temperatures?: Temperature[] | null;

  @Field(() => Float, { nullable: true, description: "Engagement score at least this (0-10)." })
  minEngagement?: number | null;

  @Field(() => Float, { nullable: true, description: "Engagement score at most this (0-10)." })
  maxEngagement?: number | null;

  @Field(() => Float, { nullable: true, description: "Intent score at least this (0-10)." })
  minIntent?: number | null;

  @Field(() => Float, { nullable: true, description: "Intent score at most this (0-10)." })
  maxIntent?: number | null;

  @Field(() => [String], { nullable: true, description: "The lead's source is one of these (1-50 values)." })
  sources?: string[] | null;

  @Field(() => [LeadStatus], { nullable: true, description: "The lead's status is one of these." })
  statuses?: LeadStatus[] | null;

  @Field(() => [String], { nullable: true, description: "The profile's current sales stage is one of these (1-50 values)." })
  stages?: string[] | null;

  @Field(() => [SegmentAttributeCondition], { nullable: true, description: "Conditions on the lead's custom attributes (at most 20), all of which must hold." })
  attributes?: SegmentAttributeCondition[] | null;

  @Field(() => Float, { nullable: true, description: "Revenue to date from the lead's recorded purchases at least this (lifetime value realized so far; ≥ 0)." })
  minRevenue?: number | null;

  @Field(() => Float, { nullable: true, description: "Revenue to date from the lead's recorded purchases at most this (≥ 0)." })
  maxRevenue?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Modelled lifetime value at least this (≥ 0): the lead's expected revenue over the next 365 days, as CustomerProfile.lifetimeValue's expectedRevenue gives it, computed when the segment is read from the purchases recorded by then. A lead without purchases, or an organization without a fitted model, has no lifetime value and matches no lifetime-value bound.",
  })
  minLifetimeValue?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Modelled lifetime value (expected revenue over the next 365 days) at most this (≥ 0); as minLifetimeValue, leads without one never match.",
  })
  maxLifetimeValue?: number | null;

  @Field(() => Int, { nullable: true, description: "Last active within this many days (1-3650)." })
  activeWithinDays?: number | null;

  @Field(() => Int, { nullable: true, description: "Not active for at least this many days, or never (1-3650)." })
  inactiveForDays?: number | null;
}
