import { Field, ObjectType } from "type-graphql";
import { UserError } from "@revgraph/graph";
import { Account, AccountHealthPoint } from "./account.type";

@ObjectType({ description: "Result of upsertAccount: the account, or null and the reasons nothing changed." })
export class UpsertAccountPayload {
  @Field(() => Account, { nullable: true, description: "The account after the call; null when errors is not empty." })
  account!: Account | null;

  @Field(() => Boolean, { description: "True when this call created the account." })
  created!: boolean;

  @Field(() => [UserError], { description: "Why the input was rejected; empty on success." })
  errors!: UserError[];
}

@ObjectType({ description: "Result of recordAccountHealth: the account and the point recorded, or the reasons nothing changed." })
export class RecordAccountHealthPayload {
  @Field(() => Account, { nullable: true, description: "The account after the call (its healthScore changes only when the point is its newest)." })
  account!: Account | null;

  @Field(() => AccountHealthPoint, { nullable: true, description: "The point recorded." })
  point!: AccountHealthPoint | null;

  @Field(() => [UserError], { description: "Why the input was rejected; empty on success." })
  errors!: UserError[];
}
