import { Field, ObjectType, registerEnumType } from "type-graphql";

export enum ActionType {
  CALL = "CALL",
  EMAIL = "EMAIL",
  MEETING = "MEETING",
  SITE_VISIT = "SITE_VISIT",
  SEND_BROCHURE = "SEND_BROCHURE",
  NURTURE = "NURTURE",
  NONE = "NONE",
}
registerEnumType(ActionType, { name: "ActionType", description: "What a rep can do next with a lead." });

export enum Priority {
  URGENT = "URGENT",
  HIGH = "HIGH",
  MEDIUM = "MEDIUM",
  LOW = "LOW",
}
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
