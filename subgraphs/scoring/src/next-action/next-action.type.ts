import { Field, ObjectType, registerEnumType } from "type-graphql";
import { enumObject } from "@revgraph/graph";
import { ACTIONS, PRIORITIES, type Action, type Priority as PriorityWord } from "./next-action.rules";

export const ActionType = enumObject(ACTIONS);
export type ActionType = Action;
registerEnumType(ActionType, { name: "ActionType", description: "What a rep can do next with a lead." });

export const Priority = enumObject(PRIORITIES);
export type Priority = PriorityWord;
registerEnumType(Priority, { name: "Priority" });

@ObjectType({ description: "The recommended next step for the requesting rep on a lead." })
export class NextAction {
  @Field(() => ActionType)
  action!: ActionType;

  @Field(() => Priority)
  priority!: Priority;

  @Field(() => String, { description: "Why this action, citing the lead's data." })
  reasoning!: string;

  @Field(() => Date, { nullable: true, description: "When it should be done by; null when nothing is due." })
  dueAt!: Date | null;
}
