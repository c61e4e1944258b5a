import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { ACCOUNT_OUTCOMES } from "@revgraph/db/vocabulary";
import { enumObject, UserError } from "@revgraph/graph";
import { Account } from "../account/account.type";

/** The GraphQL enum, built from the one list of outcomes (@revgraph/db/vocabulary). */
export const AccountOutcome = enumObject(ACCOUNT_OUTCOMES);
export type AccountOutcome = (typeof ACCOUNT_OUTCOMES)[number];
registerEnumType(AccountOutcome, {
  name: "AccountOutcome",
  description: "How an account's renewal period ended. CHURNED is churn; the others kept the customer.",
  valuesConfig: {
    RENEWED: { description: "Renewed on the same terms." },
    CHURNED: { description: "Did not renew; the account becomes CHURNED." },
    EXPANDED: { description: "Renewed and bought more." },
    CONTRACTED: { description: "Renewed for less." },
  },
});

export const RENEWAL_PERIOD_DAYS = 365;

@ObjectType({ description: "The recorded end of one renewal period of an account: training data for churn predictions." })
export class AccountOutcomeRecord {
  @Field(() => ID, { description: "The record's id." })
  id!: string;

  @Field(() => AccountOutcome, { description: "How the period ended." })
  outcome!: AccountOutcome;

  @Field(() => Date, { description: "When it happened; the period it settles is the 365 days up to this instant." })
  occurredAt!: Date;

  @Field(() => String, { description: "The client's key for the call that recorded it." })
  idempotencyKey!: string;

  @Field(() => Date, { description: "When it was recorded." })
  recordedAt!: Date;
}

@InputType({ description: "The end of an account's renewal period." })
export class RecordAccountOutcomeInput {
  @Field(() => ID, { description: "The account." })
  accountId!: string;

  @Field(() => AccountOutcome, { description: "How the period ended." })
  outcome!: AccountOutcome;

  @Field(() => Date, { nullable: true, description: "When it happened (default: now; not in the future)." })
  occurredAt?: Date | null;

  @Field(() => String, { description: "Client-chosen key (1-200 characters); retrying with the same key never records twice." })
  idempotencyKey!: string;
}

@ObjectType({ description: "Result of recordAccountOutcome: the account and the outcome, or the reasons nothing changed." })
export class RecordAccountOutcomePayload {
  @Field(() => Account, { nullable: true, description: "The account after the call (lifecycle and renewal date updated)." })
  account!: Account | null;

  @Field(() => AccountOutcomeRecord, { nullable: true, description: "The outcome recorded, or recorded earlier with the same key." })
  outcome!: AccountOutcomeRecord | null;

  @Field(() => Boolean, { description: "True when this call repeated an earlier one with the same idempotency key." })
  replayed!: boolean;

  @Field(() => [UserError], { description: "Why the input was rejected; empty on success." })
  errors!: UserError[];
}
