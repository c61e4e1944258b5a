import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The sales subgraph's User, extended here with the model serving them. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A member of an organization (a sales rep, manager or admin), provisioned from their token on first sight." })
export class User {
  @Field(() => ID, { description: "The user's id: the `sub` claim of their token." })
  id!: string;
}
