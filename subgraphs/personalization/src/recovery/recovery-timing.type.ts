import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { RECOVERY_PHASES } from "@revgraph/db/vocabulary";
import { enumObject } from "@revgraph/graph";
import { DEFAULT_WAITS, MIN_BUCKET_ATTEMPTS, MIN_PHASE_ATTEMPTS, PRIOR_ATTEMPTS, WINDOW_DAYS } from "./recovery-timing";

export const RecoveryPhase = enumObject(RECOVERY_PHASES);
export type RecoveryPhase = (typeof RECOVERY_PHASES)[number];
registerEnumType(RecoveryPhase, {
  name: "RecoveryPhase",
  description: "A step of abandoned-interest recovery, in the order taken; when each is due is learned from the organization's recovery outcomes (recoveryTiming).",
  valuesConfig: {
    REMINDER: { description: `Remind them of the item (default: from ${DEFAULT_WAITS.REMINDER} days of silence).` },
    ALTERNATIVES: { description: `Suggest alternative items (default: from ${DEFAULT_WAITS.ALTERNATIVES} days).` },
    OFFER: { description: `An offer on the item within the offer policy (default: from ${DEFAULT_WAITS.OFFER} days).` },
  },
});

@ObjectType({ description: "The recorded attempts of a phase taken after a range of silence, and how many worked." })
export class RecoveryWaitBucket {
  @Field(() => Int, { description: "First day of silence in the range (the wait this range stands for)." })
  fromDays!: number;

  @Field(() => Int, { nullable: true, description: "First day after the range; null for the last range." })
  toDays!: number | null;

  @Field(() => Int, { description: "Attempts in the range whose outcome is known." })
  attempts!: number;

  @Field(() => Int, { description: `Of those, how many worked (re-engaged, bought or converted within ${WINDOW_DAYS} days).` })
  successes!: number;

  @Field(() => Float, { nullable: true, description: "successes / attempts; null without attempts." })
  successRate!: number | null;

  @Field(() => Float, { description: `The rate shrunk toward the phase's overall rate (a prior worth ${PRIOR_ATTEMPTS} attempts): what the wait is chosen by.` })
  estimatedRate!: number;
}

@ObjectType({ description: "How long to wait before a recovery phase's step, learned from the organization's recorded recovery attempts and their outcomes." })
export class RecoveryPhaseTiming {
  @Field(() => RecoveryPhase, { description: "The phase." })
  phase!: RecoveryPhase;

  @Field(() => Int, { description: "Days of silence after which the step is due." })
  waitDays!: number;

  @Field(() => Int, { description: "The documented default wait, used until there is evidence enough." })
  defaultWaitDays!: number;

  @Field(() => Boolean, {
    description: `True when waitDays was learned: at least ${MIN_PHASE_ATTEMPTS} attempts of the phase with a known outcome, and a range with at least ${MIN_BUCKET_ATTEMPTS}.`,
  })
  learned!: boolean;

  @Field(() => Int, { description: "The evidence: the phase's attempts whose outcome is known (they worked, or the window passed)." })
  attempts!: number;

  @Field(() => Int, { description: "Of those, how many worked." })
  successes!: number;

  @Field(() => Float, { nullable: true, description: "The phase's overall success rate; null without attempts." })
  successRate!: number | null;

  @Field(() => Float, { nullable: true, description: "The chosen range's shrunk success rate; null when the default was kept." })
  expectedSuccessRate!: number | null;

  @Field(() => [RecoveryWaitBucket], { description: "The attempts by range of silence, shortest first." })
  buckets!: RecoveryWaitBucket[];

  @Field(() => String, { description: "Why this wait, with the evidence count, e.g. “7 days, learned from 120 reminders with a known outcome: …”." })
  reason!: string;
}

@ObjectType({ description: "The organization's recovery timing: each phase's wait, in phase order." })
export class RecoveryTiming {
  @Field(() => Int, { description: "Days after an attempt within which re-engaging, buying or converting counts as it having worked." })
  windowDays!: number;

  @Field(() => [RecoveryPhaseTiming], { description: "REMINDER, ALTERNATIVES, OFFER; each waits longer than the one before." })
  phases!: RecoveryPhaseTiming[];
}
