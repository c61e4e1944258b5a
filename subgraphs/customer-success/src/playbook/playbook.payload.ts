import { Field, ObjectType } from "type-graphql";
import { UserError } from "@revgraph/graph";
import { Playbook } from "./playbook.type";

@ObjectType({ description: "Result of createPlaybook or updatePlaybook: the playbook, or null and the reasons nothing changed." })
export class PlaybookPayload {
  @Field(() => Playbook, { nullable: true, description: "The playbook after the call; null when errors is not empty." })
  playbook!: Playbook | null;

  @Field(() => [UserError], { description: "Why the input was rejected; empty on success." })
  errors!: UserError[];
}
