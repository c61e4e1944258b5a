import { Field, ID, Int, ObjectType } from "type-graphql";
import { CtaReason, CtaType } from "../cta/cta-enums";

@ObjectType({ description: "One step of a playbook." })
export class PlaybookTask {
  @Field(() => String, { description: "What to do." })
  title!: string;

  @Field(() => Int, { description: "Days after the CTA is raised that the task is due (0: the same day)." })
  dueOffsetDays!: number;
}

@ObjectType({ description: "The organization's standard work for one kind of call-to-action: the tasks every such CTA gets, and its rule's cooldown." })
export class Playbook {
  @Field(() => ID, { description: "The playbook's id." })
  id!: string;

  @Field(() => String, { description: "Name, e.g. Churn risk response." })
  name!: string;

  @Field(() => CtaType, { description: "The CTA type it applies to." })
  ctaType!: CtaType;

  @Field(() => CtaReason, { description: "The CTA reason it applies to (one playbook per type and reason)." })
  ctaReason!: CtaReason;

  @Field(() => [PlaybookTask], { description: "The tasks, in order." })
  tasks!: PlaybookTask[];

  @Field(() => Int, { description: "Days after a CTA of this type and reason closes during which rules, predictions and anomalies do not raise it again for the same account." })
  cooldownDays!: number;

  @Field(() => Date, { description: "When it was last changed." })
  updatedAt!: Date;
}
