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

  @Field(() => [UserError], { description: "Why the input was rejected, one per bad field; empty on success." })
  errors!: UserError[];
}

@ObjectType({ description: "Result of updateLead: the changed lead, or the reasons nothing changed." })
export class UpdateLeadPayload {
  @Field(() => Lead, { nullable: true, description: "The lead as changed; null when errors is not empty." })
  lead!: Lead | null;

  @Field(() => [UserError], { description: "Why the input was rejected, one per bad field; empty on success." })
  errors!: UserError[];
}
