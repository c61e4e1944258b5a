import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ACCOUNT_SIGNAL_TYPES } from "@revgraph/db/vocabulary";
import { enumObject, UserError } from "@revgraph/graph";
import { Account } from "../account/account.type";

/** The GraphQL enum, built from the one list of signal types (@revgraph/db/vocabulary). */
export const AccountSignalType = enumObject(ACCOUNT_SIGNAL_TYPES);
export type AccountSignalType = (typeof ACCOUNT_SIGNAL_TYPES)[number];
registerEnumType(AccountSignalType, {
  name: "AccountSignalType",
  description: "Kinds of time-stamped account signal. value is a count for usage, tickets and CSM activities, the answer for NPS (0-10) and CSAT (1-5).",
});

export const MAX_SIGNALS_PER_CALL = 5000;
export const MAX_SIGNALS_PAGE = 500;

@ObjectType({ description: "Something that happened on an account: usage, a support ticket, a survey answer, a CSM activity." })
export class AccountSignal {
  @Field(() => ID, { description: "The signal's id." })
  id!: string;

  @Field(() => AccountSignalType, { description: "What happened." })
  type!: AccountSignalType;

  @Field(() => Float, { description: "A count (usage, tickets, CSM activities) or the answer (NPS 0-10, CSAT 1-5)." })
  value!: number;

  @Field(() => String, { nullable: true, description: "A short qualifier, e.g. the feature used." })
  detail!: string | null;

  @Field(() => Date, { description: "When it happened." })
  occurredAt!: Date;
}

@InputType({ description: "A signal to record." })
export class AccountSignalInput {
  @Field(() => ID, { description: "The account it happened on." })
  accountId!: string;

  @Field(() => AccountSignalType, { description: "What happened." })
  type!: AccountSignalType;

  @Field(() => Float, {
    nullable: true,
    description: "Default 1. Counts (LOGIN, ACTIVE_USERS, FEATURE_USE, TICKET_*, CSM_*): finite, 0 or more; NPS: an integer 0-10; CSAT: an integer 1-5.",
  })
  value?: number | null;

  @Field(() => Date, { description: "When it happened: not in the future (5 minutes of clock skew are tolerated)." })
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: "A short qualifier (up to 200 characters), e.g. the feature used for FEATURE_USE." })
  detail?: string | null;
}

@ObjectType({ description: "Result of recordAccountSignals: every signal recorded, or none and the reasons." })
export class RecordAccountSignalsPayload {
  @Field(() => Int, { description: "How many signals were recorded (0 when errors is not empty)." })
  recordedCount!: number;

  @Field(() => [Account], { description: "The accounts touched, with their health recomputed from the scorecard." })
  accounts!: Account[];

  @Field(() => [UserError], { description: "Why the input was rejected; empty on success." })
  errors!: UserError[];
}
