import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "@revgraph/graph";
import { Lead } from "../lead/lead.type";

export enum ActivityType {
  EMAIL_OPEN = "EMAIL_OPEN",
  EMAIL_CLICK = "EMAIL_CLICK",
  WEBSITE_VISIT = "WEBSITE_VISIT",
  PROPERTY_VIEW = "PROPERTY_VIEW",
  FORM_SUBMIT = "FORM_SUBMIT",
  BROCHURE_DOWNLOAD = "BROCHURE_DOWNLOAD",
  CALL = "CALL",
  MEETING = "MEETING",
  SITE_VISIT = "SITE_VISIT",
  CALLBACK_REQUEST = "CALLBACK_REQUEST",
}
registerEnumType(ActivityType, { name: "ActivityType", description: "Kinds of lead activity; each carries a weight in the engagement score." });

@ObjectType({ description: "Something that happened on a lead." })
export class Activity {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  leadId!: string;

  @Field(() => ActivityType)
  type!: ActivityType;

  @Field(() => Date)
  occurredAt!: Date;
}

@InputType()
export class ActivityInput {
  @Field(() => ID)
  leadId!: string;

  @Field(() => ActivityType)
  type!: ActivityType;

  @Field(() => Date, { nullable: true, description: "When it happened (default: now)." })
  occurredAt?: Date | null;
}

@ObjectType({ description: "Result of recordActivities: every row recorded, or none and the reasons." })
export class RecordActivitiesPayload {
  @Field(() => Int)
  recordedCount!: number;

  @Field(() => [Lead], { description: "The leads touched, with their updated scores." })
  leads!: Lead[];

  @Field(() => [UserError])
  errors!: UserError[];
}
