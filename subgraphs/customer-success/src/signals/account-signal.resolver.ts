import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import { toAccount } from "../account/account.mapper";
import { Account } from "../account/account.type";
import type { CustomerSuccessContext } from "../context";
import { AccountSignal, AccountSignalInput, AccountSignalType, MAX_SIGNALS_PAGE, MAX_SIGNALS_PER_CALL, RecordAccountSignalsPayload } from "./account-signal.type";

@Resolver(() => Account)
export class AccountSignalResolver {
  @Mutation(() => RecordAccountSignalsPayload, {
    description: `Records up to ${MAX_SIGNALS_PER_CALL.toLocaleString("en-US")} signals: all of them, or none with an error per bad field. Each touched account gets a health point computed from the scorecard.`,
  })
  async recordAccountSignals(
    @Arg("input", () => [AccountSignalInput], { description: `The signals, 1 to ${MAX_SIGNALS_PER_CALL.toLocaleString("en-US")}.` }) input: AccountSignalInput[],
    @Ctx() ctx: CustomerSuccessContext,
  ): Promise<RecordAccountSignalsPayload> {
    const result = await ctx.services.signals.record(input);
    return { recordedCount: result.recorded, accounts: result.accounts.map(toAccount), errors: result.errors };
  }

  @FieldResolver(() => [AccountSignal], { description: "The account's signals, newest first." })
  async signals(
    @Root() account: Account,
    @Ctx() ctx: CustomerSuccessContext,
    @Arg("first", () => Int, { defaultValue: 50, description: `How many signals (0-${MAX_SIGNALS_PAGE}).` }) first: number,
    @Arg("type", () => AccountSignalType, { nullable: true, description: "Only signals of this type." }) type?: AccountSignalType | null,
  ): Promise<AccountSignal[]> {
    const size = ctx.services.signals.pageSize(first);
    return ctx.loaders.signals(size, type ?? undefined).load(account.id);
  }
}
