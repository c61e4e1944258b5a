import { Field, Float, ID, InputType, registerEnumType } from "type-graphql";
import { JSONScalar } from "@revgraph/graph";
import { LeadStatus } from "./lead.type";

@InputType({ description: "A lead to create. Rows with an externalId already imported are returned, not duplicated." })
export class CreateLeadInput {
  @Field(() => String, { nullable: true, description: "The integration's id; repeating it makes the import idempotent." })
  externalId?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  company?: string | null;

  @Field(() => String, { nullable: true })
  source?: string | null;

  @Field(() => LeadStatus, { nullable: true, description: "NEW (default), CONTACTED or QUALIFIED." })
  status?: LeadStatus | null;

  @Field(() => Float, { nullable: true })
  value?: number | null;

  @Field(() => ID, { nullable: true, description: "The rep to assign; unknown ids are provisioned as reps." })
  assignedToId?: string | null;

  @Field(() => Date, { nullable: true, description: "When the lead entered the funnel (default: now), for historical imports." })
  createdAt?: Date | null;

  @Field(() => JSONScalar, { nullable: true, description: "Custom fields: string, number or boolean values." })
  attributes?: unknown;
}

@InputType({ description: "Fields to change on a lead; omitted fields stay as they are." })
export class UpdateLeadInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  company?: string | null;

  @Field(() => String, { nullable: true })
  source?: string | null;

  @Field(() => LeadStatus, { nullable: true, description: "NEW, CONTACTED or QUALIFIED; close leads with recordConversion." })
  status?: LeadStatus | null;

  @Field(() => Float, { nullable: true })
  value?: number | null;

  @Field(() => ID, { nullable: true })
  assignedToId?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: "Replaces the custom fields." })
  attributes?: unknown;
}

export enum LeadOrderField {
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
  NAME = "NAME",
  VALUE = "VALUE",
}
registerEnumType(LeadOrderField, { name: "LeadOrderField" });

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(OrderDirection, { name: "OrderDirection" });

@InputType()
export class LeadOrder {
  @Field(() => LeadOrderField, { defaultValue: LeadOrderField.CREATED_AT })
  field!: LeadOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC })
  direction!: OrderDirection;
}

@InputType({ description: "Filters combine with AND." })
export class LeadFilter {
  @Field(() => [LeadStatus], { nullable: true, description: "Any of these statuses." })
  status?: LeadStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: "Only leads assigned to the caller." })
  mine?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Only leads assigned to this user." })
  assignedToId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only leads assigned to nobody." })
  unassigned?: boolean | null;

  @Field(() => [String], { nullable: true, description: "Any of these sources." })
  source?: string[] | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive text in name, email or company." })
  search?: string | null;
}

export const MAX_PAGE_SIZE = 100;
export const MAX_LEADS_PER_CALL = 1000;
