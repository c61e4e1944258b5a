import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LEAD_STATUSES } from "@revgraph/db/vocabulary";
import { enumObject, JSONScalar } from "@revgraph/graph";
import { User } from "../user/user.type";

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
  @Field(() => ID)
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

  @Field(() => LeadStatus)
  status!: LeadStatus;

  @Field(() => Float, { nullable: true, description: "Expected deal value." })
  value!: number | null;

  @Field(() => User, { nullable: true, description: "The rep working this lead." })
  assignedTo!: User | null;

  @Field(() => JSONScalar, { description: "Custom fields: an object whose values are strings, numbers or booleans." })
  attributes!: Record<string, string | number | boolean>;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the lead was won or lost." })
  closedAt!: Date | null;
}

@ObjectType({ description: "Pagination state of a connection." })
@Directive("@shareable")
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class LeadEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Lead)
  node!: Lead;
}

@ObjectType({ description: "A page of leads (Relay connection)." })
export class LeadConnection {
  @Field(() => [LeadEdge])
  edges!: LeadEdge[];

  @Field(() => [Lead], { description: "The leads on this page (the edges' nodes)." })
  nodes!: Lead[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Leads matching the filter, across all pages." })
  totalCount!: number;
}
