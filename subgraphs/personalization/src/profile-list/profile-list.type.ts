import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "@revgraph/graph";
import { CustomerProfile } from "../profile/profile.type";

@ObjectType({ description: "A customer profile on a page of a list." })
export class CustomerProfileEdge {
  @Field(() => String, { description: "Pass as `after` to continue after this profile." })
  cursor!: string;

  @Field(() => CustomerProfile, { description: "The profile." })
  node!: CustomerProfile;
}

@ObjectType({ description: "A page of customer profiles (Relay connection) in the list's order." })
export class CustomerProfileConnection {
  @Field(() => [CustomerProfileEdge], { description: "The profiles on this page with their cursors." })
  edges!: CustomerProfileEdge[];

  @Field(() => [CustomerProfile], { description: "The profiles on this page (the edges' nodes)." })
  nodes!: CustomerProfile[];

  @Field(() => PageInfo, { description: "Whether there are more pages." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Profiles in the list, across all pages (counted only when asked for)." })
  totalCount!: number;
}
