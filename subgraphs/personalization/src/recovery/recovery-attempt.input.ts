import { Field, ID, InputType, Int } from "type-graphql";
import { RecoveryOutcome } from "./recovery-attempt.type";
import { RecoveryPhase } from "./recovery-timing.type";

export const MAX_ATTEMPT_SILENT_DAYS = 3650;

@InputType({ description: "A recovery step taken with a silent lead." })
export class RecordRecoveryAttemptInput {
  @Field(() => ID, { description: "The lead (of the caller's organization)." })
  leadId!: string;

  @Field(() => RecoveryPhase, { description: "The step taken." })
  phase!: RecoveryPhase;

  @Field(() => Date, { nullable: true, description: "When it was taken (default: now); not in the future." })
  attemptedAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: `Whole days the lead had been silent then (0-${MAX_ATTEMPT_SILENT_DAYS}); default: counted from the profile's lastActiveAt, which must then be no later than attemptedAt.`,
  })
  silentDays?: number | null;
}

@InputType({ description: "What followed a recovery attempt. Each outcome is recorded once; the same outcome at the same time again is a replay." })
export class RecordRecoveryOutcomeInput {
  @Field(() => ID, { description: "The attempt (of the caller's organization)." })
  attemptId!: string;

  @Field(() => RecoveryOutcome, { description: "RE_ENGAGED, PURCHASED or CONVERTED." })
  outcome!: RecoveryOutcome;

  @Field(() => Date, { nullable: true, description: "When it happened (default: now); not before the attempt, not in the future." })
  occurredAt?: Date | null;
}
