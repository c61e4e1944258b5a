/**
 * Recovery attempts and their outcomes, recorded for the organization's own leads or derived from
 * its purchases and wins within the window (see the repository), and the recovery timing learned
 * from them (once per request).
 */
import { UserError, type UserErrorCode, isInFuture, isUuid } from "@revgraph/graph";
import type { Identity } from "@revgraph/auth";
import type { Database } from "@revgraph/db";
import type { LeadRepository } from "../lead/lead.repository";
import type { ProfileRepository } from "../profile/profile.repository";
import { daysSilent } from "./recovery";
import { MAX_ATTEMPT_SILENT_DAYS, type RecordRecoveryAttemptInput, type RecordRecoveryOutcomeInput } from "./recovery-attempt.input";
import { OUTCOME_COLUMNS, type RecoveryAttemptRepository, type RecoveryAttemptRow } from "./recovery-attempt.repository";
import { attemptWorked } from "./recovery-outcomes";
import { learnRecoveryTiming, WINDOW_DAYS, type PhaseTiming } from "./recovery-timing";

export interface RecoveryAttemptResult {
  attempt: RecoveryAttemptRow | null;
  errors: UserError[];
}

const fail = (field: string, code: UserErrorCode, message: string): RecoveryAttemptResult => ({ attempt: null, errors: [UserError.of(field, code, message)] });

export class RecoveryAttemptService {
  private timing: Promise<PhaseTiming[]> | undefined;

  constructor(
    private readonly db: Database,
    private readonly identity: Identity,
    private readonly attempts: RecoveryAttemptRepository,
    private readonly leads: LeadRepository,
    private readonly profiles: ProfileRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Each phase's wait, learned from the organization's attempts whose outcome is known now (computed once per request). */
  timings(): Promise<PhaseTiming[]> {
    this.timing ??= this.attempts.outcomeCounts(this.now(), WINDOW_DAYS).then(learnRecoveryTiming);
    return this.timing;
  }

  /** Whether the attempt worked: an outcome within the window; unknown (null) while the window is open. */
  worked(attempt: RecoveryAttemptRow): boolean | null {
    return attemptWorked(attempt, this.now(), WINDOW_DAYS);
  }

  async recordAttempt(input: RecordRecoveryAttemptInput): Promise<RecoveryAttemptResult> {
    const now = this.now();
    const attemptedAt = input.attemptedAt ?? now;
    if (!isUuid(input.leadId)) return fail("input.leadId", "INVALID_ID", "input.leadId must be a UUID");
    if (isInFuture(attemptedAt, now)) return fail("input.attemptedAt", "IN_FUTURE", "input.attemptedAt must not be in the future");
    const given = input.silentDays;
    if (given != null && !(Number.isInteger(given) && given >= 0 && given <= MAX_ATTEMPT_SILENT_DAYS)) {
      return fail("input.silentDays", "OUT_OF_RANGE", `input.silentDays must be a whole number from 0 to ${MAX_ATTEMPT_SILENT_DAYS}, got ${given}`);
    }
    return this.db.transaction(async (tx) => {
      if (!(await this.leads.exists(tx, input.leadId))) return fail("input.leadId", "NOT_FOUND", `Lead ${input.leadId} was not found`);
      let silentDays = given;
      if (silentDays == null) {
        const lastActiveAt = (await this.profiles.lockByLead(tx, input.leadId))?.lastActiveAt ?? null;
        if (!lastActiveAt) return fail("input.silentDays", "REQUIRED", "The lead's profile has no last activity to count the silence from: give input.silentDays");
        if (lastActiveAt > attemptedAt) {
          return fail("input.silentDays", "REQUIRED", "The lead was active after input.attemptedAt, so the silence then cannot be counted from the profile: give input.silentDays");
        }
        silentDays = Math.min(daysSilent(lastActiveAt, attemptedAt), MAX_ATTEMPT_SILENT_DAYS);
      }
      const attempt = await this.attempts.insert(tx, { leadId: input.leadId, phase: input.phase, attemptedAt, silentDays, recordedById: this.identity.userId });
      return { attempt: await this.attempts.withDerivedOutcomes(tx, attempt, WINDOW_DAYS), errors: [] };
    });
  }

  async recordOutcome(input: RecordRecoveryOutcomeInput): Promise<RecoveryAttemptResult> {
    const now = this.now();
    const at = input.occurredAt ?? now;
    if (!isUuid(input.attemptId)) return fail("input.attemptId", "INVALID_ID", "input.attemptId must be a UUID");
    if (isInFuture(at, now)) return fail("input.occurredAt", "IN_FUTURE", "input.occurredAt must not be in the future");
    return this.db.transaction(async (tx) => {
      const attempt = await this.attempts.lock(tx, input.attemptId);
      if (!attempt) return fail("input.attemptId", "NOT_FOUND", `Recovery attempt ${input.attemptId} was not found`);
      if (at < attempt.attemptedAt) return fail("input.occurredAt", "BEFORE_CREATED", "input.occurredAt is before the attempt");
      // Only a recorded outcome is checked: one derived from a purchase or a win does not stop the integration recording its own.
      const recorded = attempt[OUTCOME_COLUMNS[input.outcome]];
      if (recorded) {
        if (recorded.getTime() === at.getTime()) return { attempt: await this.attempts.withDerivedOutcomes(tx, attempt, WINDOW_DAYS), errors: [] };
        return fail("input.outcome", "OUTCOME_ALREADY_RECORDED", `${input.outcome} was already recorded for attempt ${attempt.id}, at ${recorded.toISOString()}`);
      }
      const updated = await this.attempts.setOutcome(tx, attempt.id, input.outcome, at);
      return { attempt: await this.attempts.withDerivedOutcomes(tx, updated, WINDOW_DAYS), errors: [] };
    });
  }
}
