import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The customer-success subgraph's Account, extended here with cross-sell, upsell and lifetime value from its purchases. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A customer company, identified within the organization by its web domain." })
export class Account {
  @Field(() => ID, { description: "The account's id." })
  id!: string;
}
