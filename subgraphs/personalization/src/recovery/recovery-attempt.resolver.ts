import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { PersonalizationContext } from "../context";
import { RecordRecoveryAttemptInput, RecordRecoveryOutcomeInput } from "./recovery-attempt.input";
import type { RecoveryAttemptRow } from "./recovery-attempt.repository";
import type { RecoveryAttemptResult } from "./recovery-attempt.service";
import { RecoveryAttemptPayload } from "./recovery-attempt.type";
import { WINDOW_DAYS } from "./recovery-timing";
import { RecoveryTiming } from "./recovery-timing.type";

@Resolver()
export class RecoveryAttemptResolver {
  @Query(() => RecoveryTiming, {
    description:
      "How many days of silence to wait before each recovery phase, learned from the organization's recorded recovery attempts and their outcomes, recorded or derived from the lead's purchases and win within the window (the default while there are too few), with the evidence.",
  })
  async recoveryTiming(@Ctx() ctx: PersonalizationContext): Promise<RecoveryTiming> {
    return { windowDays: WINDOW_DAYS, phases: await ctx.services.recoveryAttempts.timings() };
  }

  @Mutation(() => RecoveryAttemptPayload, { description: "Records a recovery step taken with a silent lead, so the timing can be learned from what followed." })
  async recordRecoveryAttempt(
    @Arg("input", () => RecordRecoveryAttemptInput, { description: "The lead, the step and when." }) input: RecordRecoveryAttemptInput,
    @Ctx() ctx: PersonalizationContext,
  ): Promise<RecoveryAttemptPayload> {
    return toPayload(await ctx.services.recoveryAttempts.recordAttempt(input), ctx);
  }

  @Mutation(() => RecoveryAttemptPayload, {
    description:
      "Records what followed a recovery attempt: the customer re-engaged (also set by the next recorded profile interaction), bought, or the lead was won. Purchases recorded for the lead and its win within the window already count without it.",
  })
  async recordRecoveryOutcome(
    @Arg("input", () => RecordRecoveryOutcomeInput, { description: "The attempt, the outcome and when." }) input: RecordRecoveryOutcomeInput,
    @Ctx() ctx: PersonalizationContext,
  ): Promise<RecoveryAttemptPayload> {
    return toPayload(await ctx.services.recoveryAttempts.recordOutcome(input), ctx);
  }
}

function toPayload(result: RecoveryAttemptResult, ctx: PersonalizationContext): RecoveryAttemptPayload {
  const row: RecoveryAttemptRow | null = result.attempt;
  return {
    attempt: row && {
      id: row.id,
      lead: { id: row.leadId },
      phase: row.phase,
      attemptedAt: row.attemptedAt,
      silentDays: row.silentDays,
      reEngagedAt: row.reEngagedAt,
      purchasedAt: row.purchasedAt,
      convertedAt: row.convertedAt,
      worked: ctx.services.recoveryAttempts.worked(row),
    },
    errors: result.errors,
  };
}
