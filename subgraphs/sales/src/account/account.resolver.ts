import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { SalesContext } from "../context";
import { toLeadConnection } from "../lead/lead.connection";
import { LeadConnection } from "../lead/lead.type";
import { Account } from "./account.type";

@Resolver(() => Account)
export class AccountLeadsResolver {
  @Directive('@requires(fields: "domain")')
  @FieldResolver(() => LeadConnection, {
    description: "The account's contacts: the caller's organization's leads whose email is at the account's domain, newest first (at most 100 per page).",
  })
  async leads(
    @Root() account: Account,
    @Ctx() ctx: SalesContext,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many leads (0-100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after?: string,
  ): Promise<LeadConnection> {
    const page = await ctx.services.leads.list(first, after, null, null, { emailDomain: account.domain.toLowerCase() });
    return toLeadConnection(page, ctx);
  }
}
