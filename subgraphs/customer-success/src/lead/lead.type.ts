import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Account } from "../account/account.type";

/** The sales subgraph's Lead, extended here with the account of its company. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A prospective customer being worked by a sales rep." })
export class Lead {
  @Field(() => ID, { description: "The lead's id." })
  id!: string;

  @Directive("@external")
  @Field(() => String, { nullable: true, description: "Contact email (owned by the sales subgraph); its domain links the lead to an account." })
  email?: string | null;

  @Directive('@requires(fields: "email")')
  @Field(() => Account, {
    nullable: true,
    description:
      "The customer account of the lead's company: the one whose domain is the domain of the lead's email. Null for free-mail addresses (gmail.com, …) or when no account matches.",
  })
  account?: Account | null;
}
