import { Field, Int, ObjectType } from "type-graphql";
import { UserError } from "@revgraph/graph";
import { Purchase } from "./purchase.type";

@ObjectType({ description: "Result of recordPurchases: every purchase recorded (or replayed), or none and the reasons." })
export class RecordPurchasesPayload {
  @Field(() => [Purchase], { description: "The purchases in input order; empty when errors is not." })
  purchases!: Purchase[];

  @Field(() => Int, { description: "Purchases this call recorded." })
  createdCount!: number;

  @Field(() => Int, { description: "Purchases recorded before with the same externalId and content (replays)." })
  replayedCount!: number;

  @Field(() => [UserError], { description: "Why nothing was written; empty on success." })
  errors!: UserError[];
}
