import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LEAD_STATUSES } from "@revgraph/db/vocabulary";
import { enumObject, JSONScalar } from "@revgraph/graph";
import { User } from "../user/user.type";
import { PageInfo } from "@revgraph/graph";

/** The GraphQL enum, built from the one list of statuses (@revgraph/db/vocabulary). */
export const LeadStatus = enumObject(LEAD_STATUSES);
export type LeadStatus = (typeof LEAD_STATUSES)[number];
registerEnumType(LeadStatus, {
  name: "LeadStatus",
  description: "Where a lead is in the funnel. WON and LOST are set only by recordConversion.",
});

@Directive('@key(fields: "id")')
@ObjectType({ description: "A prospective customer being worked by a sales rep." })
export class Lead {
  @Field(() => ID, { description: "The lead's id." })
  id!: string;

  @Field(() => String, { nullable: true, description: "The integration's own id for this lead, used to make imports idempotent." })
  externalId!: string | null;

  @Field(() => String, { description: "Full name of the contact." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Contact email; its domain links the lead to an account." })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "Company name as entered." })
  company!: string | null;

  @Field(() => String, { nullable: true, description: "Where the lead came from, e.g. Website, Referral." })
  source!: string | null;

  @Field(() => LeadStatus, { description: "Where the lead is in the funnel." })
  status!: LeadStatus;

  @Field(() => Float, { nullable: true, description: "Expected deal value." })
  value!: number | null;

  @Field(() => User, { nullable: true, description: "The rep working this lead." })
  assignedTo!: User | null;

  @Field(() => JSONScalar, { description: "Custom fields: an object whose values are strings, numbers or booleans." })
  attributes!: Record<string, string | number | boolean>;

  @Field(() => Date, { description: "When the lead entered the funnel: when it was created, or the createdAt given on import." })
  createdAt!: Date;

  @Field(() => Date, { description: "When the lead's own fields (or its status) last changed; activities and scores do not count." })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the lead was won or lost." })
  closedAt!: Date | null;
}

@ObjectType({ description: "A lead on a page of leads, with its cursor." })
export class LeadEdge {
  @Field(() => String, { description: "Pass as `after` to continue after this lead." })
  cursor!: string;

  @Field(() => Lead, { description: "The lead." })
  node!: Lead;
}

@ObjectType({ description: "A page of leads (Relay connection)." })
export class LeadConnection {
  @Field(() => [LeadEdge], { description: "The leads on this page with their cursors." })
  edges!: LeadEdge[];

  @Field(() => [Lead], { description: "The leads on this page (the edges' nodes)." })
  nodes!: Lead[];

  @Field(() => PageInfo, { description: "Whether there are more pages." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Leads matching the filter, across all pages." })
  totalCount!: number;
}
