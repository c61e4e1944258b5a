import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { enumObject } from "@revgraph/graph";
import { ACTIONS, MIN_SUPPORT, PRIORITIES, type Action, type Priority as PriorityWord } from "./next-action.rules";

export const ActionType = enumObject(ACTIONS);
export type ActionType = Action;
registerEnumType(ActionType, { name: "ActionType", description: "What a rep can do next with a lead." });

export const Priority = enumObject(PRIORITIES);
export type Priority = PriorityWord;
registerEnumType(Priority, { name: "Priority", description: "How urgent a next action or a CTA is, from URGENT down to LOW." });

@ObjectType({ description: "The recommended next step for the requesting rep on a lead." })
export class NextAction {
  @Field(() => ActionType, { description: "What to do." })
  action!: ActionType;

  @Field(() => Priority, { description: "How urgent it is." })
  priority!: Priority;

  @Field(() => String, { description: "Why this action, citing the lead's data." })
  reasoning!: string;

  @Field(() => Date, { nullable: true, description: "When it should be done by; null when nothing is due." })
  dueAt!: Date | null;
}

@ObjectType({ description: "One of the ranked next steps for the requesting rep on a lead, with its estimated effect from the rep's (pooled) history." })
export class RankedNextAction {
  @Field(() => ActionType, { description: "What to do." })
  action!: ActionType;

  @Field(() => Priority, { description: "How urgent it is." })
  priority!: Priority;

  @Field(() => String, {
    description:
      "Why this action, citing the lead's data and the history behind the estimate. Any \"moves this lead from X to about Y\" in it states this lead's probability and successProbability; when the history puts the action below the lead's chance now, it says so and why the action stands (a callback owed, or a drop too small or too uncertain to overrule the rule); when a rule was passed over because the history says its action lowers wins, it names that action and its numbers.",
  })
  reasoning!: string;

  @Field(() => Date, { nullable: true, description: "When it should be done by; null when nothing is due." })
  dueAt!: Date | null;

  @Field(() => Float, {
    description:
      "Estimated chance the lead is won if the action is taken: the lead's probability moved by the action's odds ratio among the rep's closed leads that were about as old as this lead and still open a week later (won with it in that week vs without it, pooled toward the team). Associational, not a controlled experiment.",
  })
  successProbability!: number;

  @Field(() => Float, {
    nullable: true,
    description: `successProbability minus the lead's probability without the action; null when the history holds too few leads with it (fewer than ${MIN_SUPPORT} closed leads). Negative only on the first action: a callback owed, or a drop too small or too uncertain to overrule its rule.`,
  })
  lift!: number | null;
}
