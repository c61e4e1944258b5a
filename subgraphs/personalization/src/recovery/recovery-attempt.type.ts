import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { RECOVERY_OUTCOMES } from "@revgraph/db/vocabulary";
import { enumObject, UserError } from "@revgraph/graph";
import { Lead } from "../lead/lead.type";
import { WINDOW_DAYS } from "./recovery-timing";
import { RecoveryPhase } from "./recovery-timing.type";

export const RecoveryOutcome = enumObject(RECOVERY_OUTCOMES);
export type RecoveryOutcome = (typeof RECOVERY_OUTCOMES)[number];
registerEnumType(RecoveryOutcome, {
  name: "RecoveryOutcome",
  description: "What followed a recovery attempt.",
  valuesConfig: {
    RE_ENGAGED: { description: "The customer was active again (set automatically by the next recorded profile interaction)." },
    PURCHASED: { description: `The customer bought something (also derived from a purchase recorded for the lead within ${WINDOW_DAYS} days after the attempt).` },
    CONVERTED: { description: `The lead was won (also derived from the lead being won within ${WINDOW_DAYS} days after the attempt).` },
  },
});

@ObjectType({ description: "A recovery step taken with a silent lead, and what followed." })
export class RecoveryAttempt {
  @Field(() => ID, { description: "The attempt's id." })
  id!: string;

  @Field(() => Lead, { description: "The lead." })
  lead!: Lead;

  @Field(() => RecoveryPhase, { description: "The step taken." })
  phase!: RecoveryPhase;

  @Field(() => Date, { description: "When it was taken." })
  attemptedAt!: Date;

  @Field(() => Int, { description: "Whole days the lead had been silent then." })
  silentDays!: number;

  @Field(() => Date, { nullable: true, description: "When the customer was first active again after it; null until then." })
  reEngagedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: `When the customer first bought after it: the earlier of the time recorded with recordRecoveryOutcome and the lead's first purchase (recordPurchases) within ${WINDOW_DAYS} days after the attempt; null without either.`,
  })
  purchasedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: `When the lead was won after it: the earlier of the time recorded with recordRecoveryOutcome and the lead's win (its close time) within ${WINDOW_DAYS} days after the attempt; null without either.`,
  })
  convertedAt!: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: `True when an outcome came within ${WINDOW_DAYS} days of the attempt; false once ${WINDOW_DAYS} days passed without one; null while the window is open.`,
  })
  worked!: boolean | null;
}

@ObjectType({ description: "Result of recordRecoveryAttempt or recordRecoveryOutcome: the attempt, or null and why nothing was written." })
export class RecoveryAttemptPayload {
  @Field(() => RecoveryAttempt, { nullable: true, description: "The attempt as stored; null when errors is not empty." })
  attempt!: RecoveryAttempt | null;

  @Field(() => [UserError], { description: "Why the input was refused; empty on success." })
  errors!: UserError[];
}
