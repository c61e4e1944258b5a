import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { PersonalizationContext } from "../context";
import { toCustomerProfile } from "../profile/profile.mapper";
import { CustomerProfile } from "../profile/profile.type";
import { Lead } from "./lead.type";

@Resolver(() => Lead)
export class LeadProfileResolver {
  @FieldResolver(() => CustomerProfile, { nullable: true, description: "What we remember about this lead's customer; null when nothing was recorded yet." })
  async profile(@Root() lead: Lead, @Ctx() ctx: PersonalizationContext): Promise<CustomerProfile | null> {
    const row = await ctx.loaders.profileByLead.load(lead.id);
    return row ? toCustomerProfile(row) : null;
  }
}
