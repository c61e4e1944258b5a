import { Field, Float, InputType, Int } from "type-graphql";
import { JSONScalar } from "@revgraph/graph";

export const MAX_ITEMS_PER_CALL = 1000;
export const MAX_ITEMS_PAGE = 100;

@InputType({ description: "A catalog item to create, or to replace when its externalId exists in the organization." })
export class ItemInput {
  @Field(() => String, { description: "The organization's own id (SKU), 1-200 characters: the key of the upsert." })
  externalId!: string;

  @Field(() => String, { description: "Display name, 1-200 characters." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Category (up to 100 characters)." })
  category?: string | null;

  @Field(() => Float, { description: "List price, ≥ 0." })
  listPrice!: number;

  @Field(() => Int, { nullable: true, description: "Units in stock (≥ 0); null when not tracked." })
  stock?: number | null;

  @Field(() => JSONScalar, { nullable: true, description: "Custom fields: a flat object of strings, numbers and booleans (at most 50 keys)." })
  attributes?: unknown;
}

@InputType({ description: "Filters on the catalog; they combine with AND." })
export class ItemFilter {
  @Field(() => [String], { nullable: true, description: "Any of these categories." })
  category?: string[] | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive text in the name or externalId (up to 200 characters)." })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: only items with stock above zero or untracked; false: only items out of stock." })
  inStock?: boolean | null;
}
