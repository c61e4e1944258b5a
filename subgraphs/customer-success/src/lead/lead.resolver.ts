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
    // Another organization's lead (or a made-up id) sent with an email has no account here, even
    // when the caller has one at that domain; both batched lookups run at once.
    const [own, row] = await Promise.all([ctx.loaders.ownLead.load(lead.id), ctx.loaders.accountByDomain.load(domain)]);
    return own && row ? toAccount(row) : null;
  }
}
