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
  @Field(() => ID, { description: "The activity's id." })
  id!: string;

  @Field(() => ID, { description: "The lead it happened on." })
  leadId!: string;

  @Field(() => ActivityType, { description: "What happened." })
  type!: ActivityType;

  @Field(() => Date, { description: "When it happened." })
  occurredAt!: Date;
}

@InputType({ description: "One activity to record." })
export class ActivityInput {
  @Field(() => ID, { description: "The lead it happened on (a UUID of a lead of the caller's organization)." })
  leadId!: string;

  @Field(() => ActivityType, { description: "What happened." })
  type!: ActivityType;

  @Field(() => Date, { nullable: true, description: "When it happened (default: now)." })
  occurredAt?: Date | null;
}

@ObjectType({ description: "Result of recordActivities: every row recorded, or none and the reasons." })
export class RecordActivitiesPayload {
  @Field(() => Int, { description: "How many activities were recorded: the whole input, or 0." })
  recordedCount!: number;

  @Field(() => [Lead], { description: "The leads touched, with their updated scores." })
  leads!: Lead[];

  @Field(() => [UserError], { description: "Why the input was rejected, one per bad field; empty on success." })
  errors!: UserError[];
}
