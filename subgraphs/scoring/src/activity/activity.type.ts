import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ACTIVITY_TYPES } from "@revgraph/db/vocabulary";
import { enumObject, UserError } from "@revgraph/graph";
import { Lead } from "../lead/lead.type";

/** The GraphQL enum, built from the one list of activity types (@revgraph/db/vocabulary). */
export const ActivityType = enumObject(ACTIVITY_TYPES);
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
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
