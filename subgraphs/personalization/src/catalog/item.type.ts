import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The sales subgraph's catalog Item, referenced here by id only: recommendations, bundles,
 * suggested offers and recovery steps name items, and the gateway fetches their fields from sales.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: "An item of the organization's catalog: a product, property or plan its leads view and buy." })
export class Item {
  @Field(() => ID, { description: "The item's id." })
  id!: string;
}
