import { Field, ID, InputType } from "type-graphql";
import { SegmentFilter } from "./segment-filter.type";

export const MAX_SEGMENTS = 100;

@InputType({ description: "A saved segment to create." })
export class CreateSegmentInput {
  @Field(() => String, { description: "The segment's name, unique in the organization (1-100 characters)." })
  name!: string;

  @Field(() => String, { nullable: true, description: "What the segment is for (up to 500 characters)." })
  description?: string | null;

  @Field(() => SegmentFilter, { description: "Who belongs to it; membership is computed whenever asked." })
  filter!: SegmentFilter;
}

@InputType({ description: "Changes to a saved segment; omitted fields stay as they are." })
export class UpdateSegmentInput {
  @Field(() => ID, { description: "The segment to change." })
  id!: string;

  @Field(() => String, { nullable: true, description: "A new name, unique in the organization (1-100 characters)." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "A new description (up to 500 characters; empty clears it)." })
  description?: string | null;

  @Field(() => SegmentFilter, { nullable: true, description: "A new filter, replacing the old one whole." })
  filter?: SegmentFilter | null;
}
