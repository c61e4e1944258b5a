import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { toAccount } from "../account/account.mapper";
import { Account } from "../account/account.type";
import type { CustomerSuccessContext } from "../context";
import { companyDomainOf } from "./company-domain";
import { Lead } from "./lead.type";

@Resolver(() => Lead)
export class LeadAccountResolver {
  @FieldResolver(() => Account, { nullable: true })
  async account(@Root() lead: Lead, @Ctx() ctx: CustomerSuccessContext): Promise<Account | null> {
    const domain = companyDomainOf(lead.email);
    if (!domain) return null;
    const row = await ctx.loaders.accountByDomain.load(domain);
    return row ? toAccount(row) : null;
  }
}
