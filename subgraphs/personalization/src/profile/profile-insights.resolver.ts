import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { PersonalizationContext } from "../context";
import { LifetimeValue } from "../lifetime-value/lifetime-value.type";
import { DEFAULT_HORIZON_DAYS } from "../lifetime-value/lifetime-value.service";
import { PurchaseTiming } from "../purchase-timing/purchase-timing.type";
import { CustomerProfile } from "./profile.type";

/** What the models say about the customer behind a profile. */
@Resolver(() => CustomerProfile)
export class ProfileInsightsResolver {
  @FieldResolver(() => LifetimeValue, {
    nullable: true,
    description:
      "Expected revenue from this customer over the horizon, with a 90% interval; null until they have bought something, or while the organization has too few customers (20) or no repeat purchase to fit the model.",
  })
  async lifetimeValue(
    @Root() profile: CustomerProfile,
    @Ctx() ctx: PersonalizationContext,
    @Arg("horizonDays", () => Int, { defaultValue: DEFAULT_HORIZON_DAYS, description: "The horizon in days (1-3650)." }) horizonDays: number,
  ): Promise<LifetimeValue | null> {
    const purchases = await ctx.loaders.purchasesByLead.load(profile.leadId);
    return ctx.services.lifetimeValue.forLead(profile.leadId, purchases, horizonDays);
  }

  @FieldResolver(() => PurchaseTiming, {
    nullable: true,
    description: "When this open lead is likely to be won; null for a closed lead, or while the organization has fewer than 30 closed leads or no win.",
  })
  async purchaseTiming(@Root() profile: CustomerProfile, @Ctx() ctx: PersonalizationContext): Promise<PurchaseTiming | null> {
    return ctx.services.purchaseTiming.forLead(await ctx.loaders.timingLead.load(profile.leadId));
  }
}
