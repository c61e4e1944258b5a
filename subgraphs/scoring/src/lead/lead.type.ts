import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The sales subgraph's Lead, extended here with engagement, activities, prediction and next action. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Lead {
  @Field(() => ID)
  id!: string;
}

export function leadRef(id: string): Lead {
  return Object.assign(new Lead(), { id });
}
