import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { JSONScalar } from "@revgraph/graph";
import { PageInfo } from "@revgraph/graph";

@Directive('@key(fields: "id")')
@ObjectType({ description: "An item of the organization's catalog: a product, property or plan its leads view and buy." })
export class Item {
  @Field(() => ID, { description: "The item's id." })
  id!: string;

  @Field(() => String, { description: "The organization's own id for the item (SKU), unique within the organization; customer profiles name viewed and rejected items by it." })
  externalId!: string;

  @Field(() => String, { description: "Display name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Category, e.g. Apartment or Add-on." })
  category!: string | null;

  @Field(() => Float, { description: "List price before any discount (≥ 0)." })
  listPrice!: number;

  @Field(() => Int, { nullable: true, description: "Units in stock; null when stock is not tracked." })
  stock!: number | null;

  @Field(() => JSONScalar, { description: "Custom fields: an object whose values are strings, numbers or booleans." })
  attributes!: Record<string, string | number | boolean>;

  @Field(() => Date, { description: "When the item was first added." })
  createdAt!: Date;

  @Field(() => Date, { description: "When the item last changed." })
  updatedAt!: Date;
}

@ObjectType({ description: "An item on a page of the catalog." })
export class ItemEdge {
  @Field(() => String, { description: "Pass as `after` to continue after this item." })
  cursor!: string;

  @Field(() => Item, { description: "The item." })
  node!: Item;
}

@ObjectType({ description: "A page of catalog items (Relay connection), by name." })
export class ItemConnection {
  @Field(() => [ItemEdge], { description: "The items on this page with their cursors." })
  edges!: ItemEdge[];

  @Field(() => [Item], { description: "The items on this page (the edges' nodes)." })
  nodes!: Item[];

  @Field(() => PageInfo, { description: "Whether there are more pages." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Items matching the filter, across all pages." })
  totalCount!: number;
}
