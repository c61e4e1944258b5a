import { Field, ID, InputType } from "type-graphql";
import { CtaCloseReason, CtaReason, CtaStatus, CtaType, Priority } from "./cta-enums";

export const MAX_CTA_PAGE = 100;
export const DEFAULT_ACCOUNT_CTAS = 20;
export const MAX_SNOOZE_DAYS = 365;

@InputType({ description: "Which CTAs the queue shows. Without status: the OPEN ones (snoozed CTAs come back once their date passes)." })
export class CtaFilter {
  @Field(() => ID, { nullable: true, description: "Only CTAs owned by this user." })
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only the caller's own CTAs (not with ownerId)." })
  mine?: boolean | null;

  @Field(() => [CtaStatus], { nullable: true, description: "Only CTAs in these statuses (default [OPEN]); ask for SNOOZED to see snoozed ones." })
  status?: CtaStatus[] | null;

  @Field(() => CtaType, { nullable: true, description: "Only CTAs of this type." })
  type?: CtaType | null;

  @Field(() => Priority, { nullable: true, description: "Only CTAs of this priority." })
  priority?: Priority | null;

  @Field(() => Date, { nullable: true, description: "Only CTAs due at or before this instant." })
  dueBefore?: Date | null;

  @Field(() => ID, { nullable: true, description: "Only this account's CTAs." })
  accountId?: string | null;
}

@InputType({ description: "A CTA raised by a person. It gets the tasks of the type and reason's playbook." })
export class CreateCtaInput {
  @Field(() => ID, { description: "The account it is about." })
  accountId!: string;

  @Field(() => CtaType, { description: "What it is about." })
  type!: CtaType;

  @Field(() => CtaReason, { defaultValue: "MANUAL", description: "Why (default MANUAL). An open CTA for the same account, type and reason is refused (ALREADY_OPEN)." })
  reason!: CtaReason;

  @Field(() => Priority, { defaultValue: "MEDIUM", description: "How urgent (default MEDIUM)." })
  priority!: Priority;

  @Field(() => Date, { nullable: true, description: "When it is due (default: 1, 3, 7 or 14 days from now for URGENT, HIGH, MEDIUM, LOW); not in the past." })
  dueAt?: Date | null;

  @Field(() => ID, { nullable: true, description: "Who owns it (default: the caller)." })
  ownerId?: string | null;
}

@InputType({ description: "Hands a CTA to a user." })
export class AssignCtaInput {
  @Field(() => ID, { description: "The CTA." })
  ctaId!: string;

  @Field(() => ID, { description: "The user (token subject) who will own it." })
  ownerId!: string;
}

@InputType({ description: "Hides a CTA from the queue until a date." })
export class SnoozeCtaInput {
  @Field(() => ID, { description: "The CTA." })
  ctaId!: string;

  @Field(() => Date, { description: `When it returns to the queue: in the future, at most ${MAX_SNOOZE_DAYS} days ahead.` })
  until!: Date;
}

@InputType({ description: "Marks a CTA task done (or not done again)." })
export class CompleteCtaTaskInput {
  @Field(() => ID, { description: "The task (CtaTask.id)." })
  taskId!: string;

  @Field(() => Boolean, { defaultValue: true, description: "false reopens a task completed by mistake." })
  done!: boolean;
}

@InputType({ description: "Closes a CTA." })
export class CloseCtaInput {
  @Field(() => ID, { description: "The CTA." })
  ctaId!: string;

  @Field(() => CtaCloseReason, { description: "How it ended; RESOLVED_SUCCESS counts in ctaEffectiveness." })
  reason!: CtaCloseReason;
}
