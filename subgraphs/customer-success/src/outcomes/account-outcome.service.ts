/**
 * Records how an account's renewal period ended, exactly once per period, however often a client
 * retries. The renewal period an outcome settles is the 365 days up to its occurredAt: an account
 * has no two outcomes less than 365 days apart. Recording one validates the churn predictions
 * whose window covers it.
 */
import type { Identity } from "@revgraph/auth";
import type { Database } from "@revgraph/db";
import { UserError, type UserErrorCode, isInFuture, isUuid } from "@revgraph/graph";
import type { AccountRepository, AccountRow } from "../account/account.repository";
import { RENEWAL_PERIOD_DAYS, type RecordAccountOutcomeInput } from "./account-outcome.type";
import type { ChurnPredictionRepository } from "../churn/churn-prediction.repository";
import type { AccountOutcomeRepository, AccountOutcomeRow } from "./account-outcome.repository";

const PERIOD_MS = RENEWAL_PERIOD_DAYS * 86_400_000;

export interface RecordOutcomeResult {
  account: AccountRow | null;
  outcome: AccountOutcomeRow | null;
  replayed: boolean;
  errors: UserError[];
}

/** A renewal date that has passed by `at` moves on by whole years until it is after `at`. Pure. */
export function nextRenewalDate(renewalDate: Date | null, at: Date): Date | null {
  if (!renewalDate || renewalDate.getTime() > at.getTime()) return renewalDate;
  const next = new Date(renewalDate);
  while (next.getTime() <= at.getTime()) next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

export class AccountOutcomeService {
  constructor(
    private readonly db: Database,
    private readonly identity: Identity,
    private readonly accounts: AccountRepository,
    private readonly outcomes: AccountOutcomeRepository,
    private readonly churnPredictions: ChurnPredictionRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(input: RecordAccountOutcomeInput): Promise<RecordOutcomeResult> {
    const fail = (field: string, code: UserErrorCode, message: string): RecordOutcomeResult => ({
      account: null,
      outcome: null,
      replayed: false,
      errors: [UserError.of(field, code, message)],
    });
    if (!isUuid(input.accountId)) return fail("input.accountId", "INVALID_ID", "input.accountId must be a UUID");
    const key = input.idempotencyKey.trim();
    if (!key || key.length > 200) return fail("input.idempotencyKey", "INVALID_KEY", "input.idempotencyKey must be 1-200 characters");
    const now = this.now();
    const occurredAt = input.occurredAt ?? now;
    if (isInFuture(occurredAt, now)) return fail("input.occurredAt", "IN_FUTURE", "input.occurredAt must not be in the future");

    // The account row lock serializes concurrent calls for one account; the unique key index is the backstop.
    return this.db.transaction(async (tx) => {
      const account = await this.accounts.lockById(tx, input.accountId);
      if (!account) return fail("input.accountId", "NOT_FOUND", `Account ${input.accountId} was not found`);
      const sameKey = await this.outcomes.findByKey(tx, key);
      if (sameKey) {
        if (sameKey.accountId !== account.id || sameKey.outcome !== input.outcome) {
          return fail("input.idempotencyKey", "IDEMPOTENCY_KEY_REUSED", "This idempotency key was already used for a different outcome");
        }
        return { account, outcome: sameKey, replayed: true, errors: [] };
      }
      const t = occurredAt.getTime();
      const samePeriod = await this.outcomes.findBetween(tx, account.id, new Date(t - PERIOD_MS), new Date(t + PERIOD_MS));
      if (samePeriod) {
        return fail(
          "input.occurredAt",
          "OUTCOME_ALREADY_RECORDED",
          `This renewal period already ended as ${samePeriod.outcome} on ${samePeriod.occurredAt.toISOString()}; outcomes of one account are at least ${RENEWAL_PERIOD_DAYS} days apart`,
        );
      }
      const outcome = await this.outcomes.insert(tx, { accountId: account.id, outcome: input.outcome, occurredAt, idempotencyKey: key, recordedBy: this.identity.userId });
      // The prospective check: predictions whose window covers the outcome learn how they fared.
      await this.churnPredictions.validate(tx, account.id, input.outcome, occurredAt, now);
      const updated = await this.accounts.update(
        tx,
        account.id,
        input.outcome === "CHURNED" ? { lifecycleStage: "CHURNED" } : { renewalDate: nextRenewalDate(account.renewalDate, occurredAt) },
      );
      return { account: updated, outcome, replayed: false, errors: [] };
    });
  }
}
