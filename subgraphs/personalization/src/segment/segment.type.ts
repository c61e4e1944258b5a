import { Field, ID, Int, ObjectType } from "type-graphql";
import { UserError } from "@revgraph/graph";
import { GroupRoi } from "./roi.type";
import { SegmentFilter } from "./segment-filter.type";

@ObjectType({ description: "A saved dynamic segment: a named filter over the organization's customer profiles whose members are computed when asked." })
export class Segment {
  @Field(() => ID, { description: "The segment's id." })
  id!: string;

  @Field(() => String, { description: "Its name, unique in the organization." })
  name!: string;

  @Field(() => String, { nullable: true, description: "What it is for." })
  description!: string | null;

  @Field(() => SegmentFilter, { description: "Who belongs to it." })
  filter!: SegmentFilter;

  @Field(() => String, { description: "The user who created it." })
  createdById!: string;

  @Field(() => Date, { description: "When it was created." })
  createdAt!: Date;

  @Field(() => Date, { description: "When it was last changed." })
  updatedAt!: Date;

  @Field(() => Int, { description: "How many customer profiles match the filter now." })
  memberCount!: number;

  @Field(() => GroupRoi, { description: "What the current members are worth: purchases, conversion rate, average lifetime value." })
  roi!: GroupRoi;
}

@ObjectType({ description: "Result of createSegment or updateSegment: the segment, or null and the reasons." })
export class SegmentPayload {
  @Field(() => Segment, { nullable: true, description: "The segment as saved; null when errors is not empty." })
  segment!: Segment | null;

  @Field(() => [UserError], { description: "Why nothing was saved; empty on success." })
  errors!: UserError[];
}
