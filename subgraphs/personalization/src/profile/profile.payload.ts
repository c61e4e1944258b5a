import { Field, ObjectType } from "type-graphql";
import { UserError } from "@revgraph/graph";
import { CustomerProfile } from "./profile.type";

@ObjectType({ description: "Result of recordProfileInteraction: the updated profile, or null and the reasons nothing changed." })
export class RecordProfileInteractionPayload {
  @Field(() => CustomerProfile, { nullable: true, description: "The profile after the interaction; null when errors is not empty." })
  profile!: CustomerProfile | null;

  @Field(() => [UserError], { description: "Why the interaction was rejected; empty on success." })
  errors!: UserError[];
}
