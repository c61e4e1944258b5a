import { Field, Int, ObjectType } from "type-graphql";
import { UserError } from "@revgraph/graph";
import { Lead } from "./lead.type";

@ObjectType({ description: "Result of createLeads: all leads, or none and the reasons." })
export class CreateLeadsPayload {
  @Field(() => [Lead], { description: "The leads in input order (new or previously imported); empty when errors is not." })
  leads!: Lead[];

  @Field(() => Int, { description: "How many leads this call created." })
  createdCount!: number;

  @Field(() => Int, { description: "How many rows matched an externalId imported before." })
  existingCount!: number;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class UpdateLeadPayload {
  @Field(() => Lead, { nullable: true })
  lead!: Lead | null;

  @Field(() => [UserError])
  errors!: UserError[];
}
