import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Account } from "../account/account.type";
import type { PersonalizationContext } from "../context";
import { DEFAULT_HORIZON_DAYS } from "./lifetime-value.service";
import { LifetimeValue } from "./lifetime-value.type";

/** The account's lifetime value: its purchases pooled as one customer's. */
@Resolver(() => Account)
export class AccountLifetimeValueResolver {
  @FieldResolver(() => LifetimeValue, {
    nullable: true,
    description:
      "Expected revenue from this account over the horizon, with a 90% interval: the purchases recorded with its accountId, whichever of its leads bought, pooled into one customer's history (purchases on one day count as one) and valued by the organization's model fitted on its leads. Null for an account without purchases, or while the organization has too few customers (20) or no repeat purchase to fit the model.",
  })
  async lifetimeValue(
    @Root() account: Account,
    @Ctx() ctx: PersonalizationContext,
    @Arg("horizonDays", () => Int, { defaultValue: DEFAULT_HORIZON_DAYS, description: "The horizon in days (1-3650)." }) horizonDays: number,
  ): Promise<LifetimeValue | null> {
    const purchases = await ctx.loaders.purchasesByAccount.load(account.id);
    return ctx.services.lifetimeValue.forAccount(account.id, purchases, horizonDays);
  }
}
