import { Arg, Ctx, Field, Float, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { CustomerSuccessContext } from "../context";
import { toPlaybook } from "../playbook/playbook.mapper";
import { Playbook } from "../playbook/playbook.type";
import { CtaType } from "./cta-enums";
import { ctaEffectivenessFor, DEFAULT_EFFECTIVENESS_DAYS } from "./cta-effectiveness.service";

@ObjectType({ description: "Accounts with a renewal outcome, and how many of them stayed." })
export class RenewalCount {
  @Field(() => Int, { description: "Accounts counted." })
  accounts!: number;

  @Field(() => Int, { description: "Of them, accounts that stayed: RENEWED, EXPANDED or CONTRACTED (anything but CHURNED)." })
  renewed!: number;

  @Field(() => Float, { nullable: true, description: "renewed / accounts; null without accounts." })
  renewalRate!: number | null;
}

@ObjectType({
  description: "For one CTA type and playbook: renewals after a CTA closed RESOLVED_SUCCESS, next to renewals of accounts without one. Observational: read the counts.",
})
export class CtaEffectiveness {
  @Field(() => CtaType, { description: "The CTA type." })
  type!: CtaType;

  playbookId!: string | null;

  @Field(() => RenewalCount, { description: "Accounts with a successfully closed CTA of this type and playbook, by their first outcome after it closed." })
  withSuccessfulCta!: RenewalCount;

  @Field(() => RenewalCount, { description: "Every other account with an outcome in the window, by its latest outcome." })
  without!: RenewalCount;

  @Field(() => Float, { nullable: true, description: "withSuccessfulCta.renewalRate − without.renewalRate; null when either is null." })
  difference!: number | null;
}

@Resolver(() => CtaEffectiveness)
export class CtaEffectivenessResolver {
  @Query(() => [CtaEffectiveness], {
    description: `Per CTA type and playbook with a CTA closed RESOLVED_SUCCESS: the share of accounts that renewed after it, against accounts without one. Outcomes in [from, to] count (default: the ${DEFAULT_EFFECTIVENESS_DAYS} days up to now).`,
  })
  async ctaEffectiveness(
    @Ctx() ctx: CustomerSuccessContext,
    @Arg("from", () => Date, { nullable: true, description: "Start of the outcome window." }) from?: Date | null,
    @Arg("to", () => Date, { nullable: true, description: "End of the outcome window (default: now)." }) to?: Date | null,
  ): Promise<CtaEffectiveness[]> {
    const groups = await ctaEffectivenessFor(ctx.db, ctx.identity.organizationId, { from, to }, ctx.services.ctas.now());
    return groups.map((g) => Object.assign(new CtaEffectiveness(), g));
  }

  @FieldResolver(() => Playbook, { nullable: true, description: "The playbook; null for CTAs no playbook covered." })
  async playbook(@Root() group: CtaEffectiveness, @Ctx() ctx: CustomerSuccessContext): Promise<Playbook | null> {
    if (!group.playbookId) return null;
    const row = await ctx.loaders.playbook.load(group.playbookId);
    return row ? toPlaybook(row) : null;
  }
}
