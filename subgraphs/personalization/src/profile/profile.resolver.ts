import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { assertUuid } from "@revgraph/graph";
import type { PersonalizationContext } from "../context";
import { MAX_PROFILE_LIST_PAGE } from "../profile-list/profile-list.input";
import { toProfileConnection } from "../profile-list/profile-list.resolver";
import { CustomerProfileConnection } from "../profile-list/profile-list.type";
import { RecordProfileInteractionInput } from "./profile.input";
import { toCustomerProfile } from "./profile.mapper";
import { RecordProfileInteractionPayload } from "./profile.payload";
import { CustomerProfile, Temperature } from "./profile.type";

@Resolver(() => CustomerProfile)
export class ProfileResolver {
  @Query(() => CustomerProfile, { nullable: true, description: "One customer profile of the caller's organization, or null." })
  async customerProfile(
    @Arg("id", () => ID, { description: "The profile's id (a UUID), not the lead's." }) id: string,
    @Ctx() ctx: PersonalizationContext,
  ): Promise<CustomerProfile | null> {
    assertUuid("id", id);
    const row = await ctx.loaders.profile.load(id);
    return row ? toCustomerProfile(row) : null;
  }

  @Query(() => CustomerProfileConnection, {
    description: `The organization's customer profiles, most recently active first (never-active ones last), a page at a time (at most ${MAX_PROFILE_LIST_PAGE}).`,
  })
  async profiles(
    @Ctx() ctx: PersonalizationContext,
    @Arg("temperature", () => Temperature, { nullable: true, description: "Only profiles of this temperature." }) temperature?: Temperature,
    @Arg("first", () => Int, { defaultValue: 20, description: `Profiles per page (0-${MAX_PROFILE_LIST_PAGE}).` }) first: number = 20,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after?: string,
  ): Promise<CustomerProfileConnection> {
    return toProfileConnection(await ctx.services.profileLists.recentlyActive(temperature, first, after), ctx);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'What to say when the customer comes back, e.g. "Welcome back! I see you were interested in Brigade Citrine. …"; null when the profile remembers nothing worth mentioning.',
  })
  welcomeBackMessage(@Root() profile: CustomerProfile, @Ctx() ctx: PersonalizationContext): string | null {
    return ctx.services.profiles.welcomeBack(profile);
  }

  @Mutation(() => RecordProfileInteractionPayload, {
    description:
      "Records what happened with the customer behind a lead (views, rejections, interests, objections, sentiment, preferences, milestones), creating their profile on first use. All or nothing.",
  })
  async recordProfileInteraction(
    @Arg("input", () => RecordProfileInteractionInput, { description: "The lead and what happened with its customer." }) input: RecordProfileInteractionInput,
    @Ctx() ctx: PersonalizationContext,
  ): Promise<RecordProfileInteractionPayload> {
    const result = await ctx.services.profiles.record(input);
    return { profile: result.profile ? toCustomerProfile(result.profile) : null, errors: result.errors };
  }
}
