import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { CtaCloseReason, CtaReason, CtaSource, CtaStatus, CtaType, Priority } from "./cta-enums";
import { PageInfo } from "@revgraph/graph";

@ObjectType({ description: "One task of a call-to-action, copied from its playbook when it was raised." })
export class CtaTask {
  @Field(() => ID, { description: "The task's id (completeCtaTask takes it)." })
  id!: string;

  @Field(() => String, { description: "What to do." })
  title!: string;

  @Field(() => Date, { description: "When it is due: the CTA's creation plus the playbook task's dueOffsetDays." })
  dueAt!: Date;

  @Field(() => Boolean, { description: "True once completed." })
  done!: boolean;

  @Field(() => Date, { nullable: true, description: "When it was completed." })
  doneAt!: Date | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A call-to-action: a piece of customer-success work on one account, with its playbook's tasks." })
export class Cta {
  @Field(() => ID, { description: "The CTA's id." })
  id!: string;

  /** The account's id; the account field resolves it. */
  accountId!: string;

  /** The playbook's id; the playbook field resolves it. */
  playbookId!: string | null;

  @Field(() => CtaType, { description: "What it is about." })
  type!: CtaType;

  @Field(() => CtaReason, { description: "Why it was raised." })
  reason!: CtaReason;

  @Field(() => Priority, { description: "How urgent it is; the queue sorts by it first." })
  priority!: Priority;

  @Field(() => ID, { nullable: true, description: "The user (token subject) who owns it; null while unassigned." })
  ownerId!: string | null;

  @Field(() => Date, { description: "When it should be done by; the queue sorts by it second." })
  dueAt!: Date;

  @Field(() => CtaStatus, { description: "OPEN, SNOOZED (until snoozedUntil, then OPEN again) or CLOSED." })
  status!: CtaStatus;

  @Field(() => Date, { nullable: true, description: "While SNOOZED: when it returns to the queue." })
  snoozedUntil!: Date | null;

  @Field(() => CtaCloseReason, { nullable: true, description: "How it was closed; null while not closed." })
  closeReason!: CtaCloseReason | null;

  @Field(() => CtaSource, { description: "What raised it." })
  source!: CtaSource;

  @Field(() => String, { nullable: true, description: "The id of the churn prediction or anomaly that raised it, when one did." })
  sourceRef!: string | null;

  @Field(() => Date, { description: "When it was raised." })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "When it was closed." })
  closedAt!: Date | null;
}

@ObjectType({ description: "A CTA on a page of the queue, with its cursor." })
export class CtaEdge {
  @Field(() => String, { description: "Pass as `after` to continue after this CTA." })
  cursor!: string;

  @Field(() => Cta, { description: "The CTA." })
  node!: Cta;
}

@ObjectType({ description: "A page of the CTA queue (Relay connection), most urgent first." })
export class CtaConnection {
  @Field(() => [CtaEdge], { description: "The CTAs on this page with their cursors." })
  edges!: CtaEdge[];

  @Field(() => [Cta], { description: "The CTAs on this page (the edges' nodes)." })
  nodes!: Cta[];

  @Field(() => PageInfo, { description: "Whether there are more pages." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "CTAs matching the filter, across all pages." })
  totalCount!: number;
}
