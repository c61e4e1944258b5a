import { Field, Float, ID, InputType, registerEnumType } from "type-graphql";
import { JSONScalar } from "@revgraph/graph";
import { LeadStatus } from "./lead.type";

@InputType({ description: "A lead to create. Rows with an externalId already imported are returned, not duplicated." })
export class CreateLeadInput {
  @Field(() => String, { nullable: true, description: "The integration's id; repeating it makes the import idempotent." })
  externalId?: string | null;

  @Field(() => String, { description: "Full name of the contact, 1-200 characters." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Contact email (at most 320 characters); its domain links the lead to an account." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Company name, at most 200 characters." })
  company?: string | null;

  @Field(() => String, { nullable: true, description: "Where the lead came from, e.g. Website, Referral; at most 200 characters." })
  source?: string | null;

  @Field(() => LeadStatus, { nullable: true, description: "NEW (default), CONTACTED or QUALIFIED." })
  status?: LeadStatus | null;

  @Field(() => Float, { nullable: true, description: "Expected deal value, from 0 to under 1,000,000,000,000." })
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
  @Field(() => String, { nullable: true, description: "New full name, 1-200 characters." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New contact email (at most 320 characters); null clears it." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "New company name (at most 200 characters); null clears it." })
  company?: string | null;

  @Field(() => String, { nullable: true, description: "New source (at most 200 characters); null clears it." })
  source?: string | null;

  @Field(() => LeadStatus, { nullable: true, description: "NEW, CONTACTED or QUALIFIED; close leads with recordConversion." })
  status?: LeadStatus | null;

  @Field(() => Float, { nullable: true, description: "New expected deal value, from 0 to under 1,000,000,000,000; null clears it." })
  value?: number | null;

  @Field(() => ID, { nullable: true, description: "The rep to assign (unknown ids are provisioned as reps); null unassigns the lead." })
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
registerEnumType(LeadOrderField, {
  name: "LeadOrderField",
  description: "What leads can be ordered by; ties are broken by lead id.",
  valuesConfig: {
    CREATED_AT: { description: "When the lead entered the funnel." },
    UPDATED_AT: { description: "When the lead last changed." },
    NAME: { description: "The contact's name." },
    VALUE: { description: "Expected deal value; leads without one sort below every value." },
  },
});

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "Sort direction.",
  valuesConfig: { ASC: { description: "Smallest, earliest or A first." }, DESC: { description: "Largest, latest or Z first." } },
});

@InputType({ description: "How to order a list of leads." })
export class LeadOrder {
  @Field(() => LeadOrderField, { defaultValue: LeadOrderField.CREATED_AT, description: "What to order by (default CREATED_AT)." })
  field!: LeadOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC, description: "Which way (default DESC)." })
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
