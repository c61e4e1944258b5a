import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { toAccount } from "../account/account.mapper";
import { Account } from "../account/account.type";
import type { CustomerSuccessContext } from "../context";
import { companyDomainOf } from "./company-domain";
import { leadAccountKey } from "./lead.loaders";
import { Lead } from "./lead.type";

@Resolver(() => Lead)
export class LeadAccountResolver {
  @FieldResolver(() => Account, { nullable: true })
  async account(@Root() lead: Lead, @Ctx() ctx: CustomerSuccessContext): Promise<Account | null> {
    const domain = companyDomainOf(lead.email);
    if (!domain) return null;
    // Another organization's lead (or a made-up id) sent with an email has no account here, even
    // when the caller has one at that domain.
    const row = await ctx.loaders.leadAccount.load(leadAccountKey(lead.id, domain));
    return row ? toAccount(row.account) : null;
  }
}
