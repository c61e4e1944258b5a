import { Field, Int, ObjectType } from "type-graphql";
import { UserError } from "@revgraph/graph";
import { Item } from "./item.type";

@ObjectType({ description: "Result of upsertItems: every item written, or none and the reasons." })
export class UpsertItemsPayload {
  @Field(() => [Item], { description: "The items in input order; empty when errors is not." })
  items!: Item[];

  @Field(() => Int, { description: "Items this call created." })
  createdCount!: number;

  @Field(() => Int, { description: "Items this call replaced (their externalId existed)." })
  updatedCount!: number;

  @Field(() => [UserError], { description: "Why nothing was written; empty on success." })
  errors!: UserError[];
}
