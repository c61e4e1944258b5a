import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The customer-success subgraph's Account, extended here with its contacts (the leads at its domain). */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A customer company, identified within the organization by its web domain." })
export class Account {
  @Field(() => ID, { description: "The account's id." })
  id!: string;

  @Directive("@external")
  @Field(() => String, { description: "The company's web domain (owned by the customer-success subgraph); leads whose email is at it are its contacts." })
  domain!: string;
}
