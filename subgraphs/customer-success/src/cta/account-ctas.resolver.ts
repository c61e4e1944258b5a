import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Account } from "../account/account.type";
import type { CustomerSuccessContext } from "../context";
import { CtaStatus } from "./cta-enums";
import { DEFAULT_ACCOUNT_CTAS, MAX_CTA_PAGE } from "./cta.input";
import { toCta } from "./cta.mapper";
import { Cta } from "./cta.type";

@Resolver(() => Account)
export class AccountCtasResolver {
  @FieldResolver(() => [Cta], { description: "The account's CTAs, most urgent first. Without status: the OPEN ones." })
  async ctas(
    @Root() account: Account,
    @Ctx() ctx: CustomerSuccessContext,
    @Arg("status", () => [CtaStatus], { nullable: true, description: "Only CTAs in these statuses (default [OPEN])." }) status?: CtaStatus[] | null,
    @Arg("first", () => Int, { defaultValue: DEFAULT_ACCOUNT_CTAS, description: `At most this many (0-${MAX_CTA_PAGE}).` }) first?: number,
  ): Promise<Cta[]> {
    const args = ctx.services.ctas.accountCtasArgs(status, first);
    const rows = await ctx.loaders.accountCtas(args.statuses, args.first).load(account.id);
    const now = ctx.services.ctas.now();
    return rows.map((row) => toCta(row, now));
  }
}
