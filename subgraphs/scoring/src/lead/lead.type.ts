import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The sales subgraph's Lead, extended here with engagement, activities, prediction and next action. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A prospective customer being worked by a sales rep." })
export class Lead {
  @Field(() => ID, { description: "The lead's id." })
  id!: string;
}

export function leadRef(id: string): Lead {
  return Object.assign(new Lead(), { id });
}
