import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The sales subgraph's User, extended here with the model serving them. */
@Directive('@key(fields: "id")')
@ObjectType()
export class User {
  @Field(() => ID)
  id!: string;
}
