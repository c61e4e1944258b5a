import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { toAccount } from "../account/account.mapper";
import { Account } from "../account/account.type";
import type { CustomerSuccessContext } from "../context";
import type { AccountOutcomeRow } from "./account-outcome.repository";
import { type AccountOutcome, AccountOutcomeRecord, RecordAccountOutcomeInput, RecordAccountOutcomePayload } from "./account-outcome.type";

function toOutcome(row: AccountOutcomeRow): AccountOutcomeRecord {
  return { id: row.id, outcome: row.outcome as AccountOutcome, occurredAt: row.occurredAt, idempotencyKey: row.idempotencyKey, recordedAt: row.createdAt };
}

@Resolver(() => Account)
export class AccountOutcomeResolver {
  @Mutation(() => RecordAccountOutcomePayload, {
    description:
      "Records how a renewal period ended, once per period (the 365 days up to occurredAt); retries with the same key replay the result. CHURNED makes the account CHURNED; the others move a passed renewal date on by a year.",
  })
  async recordAccountOutcome(
    @Arg("input", () => RecordAccountOutcomeInput, { description: "The account, how its period ended, when, and the idempotency key." }) input: RecordAccountOutcomeInput,
    @Ctx() ctx: CustomerSuccessContext,
  ): Promise<RecordAccountOutcomePayload> {
    const result = await ctx.services.outcomes.record(input);
    return {
      account: result.account ? toAccount(result.account) : null,
      outcome: result.outcome ? toOutcome(result.outcome) : null,
      replayed: result.replayed,
      errors: result.errors,
    };
  }

  @FieldResolver(() => [AccountOutcomeRecord], { description: "How the account's renewal periods ended, newest first." })
  async outcomes(@Root() account: Account, @Ctx() ctx: CustomerSuccessContext): Promise<AccountOutcomeRecord[]> {
    return (await ctx.loaders.outcomes.load(account.id)).map(toOutcome);
  }
}
