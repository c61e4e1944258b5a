import { Field, ID, InputType, Int } from "type-graphql";
import { CtaReason, CtaType } from "../cta/cta-enums";

export const MAX_PLAYBOOK_TASKS = 20;
export const MAX_OFFSET_DAYS = 365;
export const MAX_COOLDOWN_DAYS = 365;

@InputType({ description: "One step of a playbook." })
export class PlaybookTaskInput {
  @Field(() => String, { description: "What to do (1-200 characters)." })
  title!: string;

  @Field(() => Int, { description: `Days after the CTA is raised that it is due (0-${MAX_OFFSET_DAYS}).` })
  dueOffsetDays!: number;
}

@InputType({ description: "A playbook for a CTA type and reason the organization has none for yet." })
export class CreatePlaybookInput {
  @Field(() => String, { description: "Name (1-200 characters)." })
  name!: string;

  @Field(() => CtaType, { description: "The CTA type it applies to." })
  ctaType!: CtaType;

  @Field(() => CtaReason, { description: "The CTA reason it applies to." })
  ctaReason!: CtaReason;

  @Field(() => [PlaybookTaskInput], { description: `The tasks, in order (1-${MAX_PLAYBOOK_TASKS}).` })
  tasks!: PlaybookTaskInput[];

  @Field(() => Int, { nullable: true, description: `Cooldown in days (0-${MAX_COOLDOWN_DAYS}; default 30).` })
  cooldownDays?: number | null;
}

@InputType({ description: "Changes to a playbook; omitted fields keep their value. CTAs already raised keep the tasks they were given." })
export class UpdatePlaybookInput {
  @Field(() => ID, { description: "The playbook to change." })
  id!: string;

  @Field(() => String, { nullable: true, description: "New name (1-200 characters)." })
  name?: string | null;

  @Field(() => [PlaybookTaskInput], { nullable: true, description: `New tasks, in order (1-${MAX_PLAYBOOK_TASKS}).` })
  tasks?: PlaybookTaskInput[] | null;

  @Field(() => Int, { nullable: true, description: `New cooldown in days (0-${MAX_COOLDOWN_DAYS}).` })
  cooldownDays?: number | null;
}
