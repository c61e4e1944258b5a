import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SegmentFilter as StoredFilter } from "@revgraph/db/schema";
import { assertUuid } from "@revgraph/graph";
import type { PersonalizationContext } from "../context";
import { CustomerProfile } from "../profile/profile.type";
import { MAX_PROFILE_LIST_PAGE } from "../profile-list/profile-list.input";
import { toProfileConnection } from "../profile-list/profile-list.resolver";
import { CustomerProfileConnection } from "../profile-list/profile-list.type";
import { GroupRoi } from "./roi.type";
import { CreateSegmentInput, MAX_SEGMENTS, UpdateSegmentInput } from "./segment.input";
import { toSegment } from "./segment.mapper";
import { Segment, SegmentPayload } from "./segment.type";

const ref = (segment: Segment) => ({ id: segment.id, filter: segment.filter as StoredFilter });

@Resolver(() => Segment)
export class SegmentResolver {
  @Query(() => [Segment], { description: `The organization's saved segments by name (at most ${MAX_SEGMENTS}).` })
  async segments(@Ctx() ctx: PersonalizationContext): Promise<Segment[]> {
    return (await ctx.services.segments.list()).map(toSegment);
  }

  @Query(() => Segment, { nullable: true, description: "One saved segment of the caller's organization, or null." })
  async segment(@Arg("id", () => ID, { description: "The segment's id." }) id: string, @Ctx() ctx: PersonalizationContext): Promise<Segment | null> {
    assertUuid("id", id);
    const row = await ctx.loaders.segment.load(id);
    return row ? toSegment(row) : null;
  }

  @Mutation(() => SegmentPayload, { description: "Saves a dynamic segment: a named, typed filter. Nothing is saved when any part is invalid or the name is taken." })
  async createSegment(
    @Arg("input", () => CreateSegmentInput, { description: "The segment's name, description and filter." }) input: CreateSegmentInput,
    @Ctx() ctx: PersonalizationContext,
  ): Promise<SegmentPayload> {
    const result = await ctx.services.segments.create(input);
    return { segment: result.segment ? toSegment(result.segment) : null, errors: result.errors };
  }

  @Mutation(() => SegmentPayload, { description: "Changes a saved segment's name, description or filter. Nothing changes when any part is invalid." })
  async updateSegment(
    @Arg("input", () => UpdateSegmentInput, { description: "The segment and the fields to change." }) input: UpdateSegmentInput,
    @Ctx() ctx: PersonalizationContext,
  ): Promise<SegmentPayload> {
    const result = await ctx.services.segments.update(input);
    return { segment: result.segment ? toSegment(result.segment) : null, errors: result.errors };
  }

  @FieldResolver(() => Int)
  memberCount(@Root() segment: Segment, @Ctx() ctx: PersonalizationContext): Promise<number> {
    return ctx.loaders.segmentMemberCount.load(ref(segment));
  }

  @FieldResolver(() => GroupRoi)
  roi(@Root() segment: Segment, @Ctx() ctx: PersonalizationContext): Promise<GroupRoi> {
    return ctx.loaders.segmentRoi.load(ref(segment));
  }

  @FieldResolver(() => CustomerProfileConnection, { description: "The customers in the segment now, most engaged first." })
  async members(
    @Root() segment: Segment,
    @Ctx() ctx: PersonalizationContext,
    @Arg("first", () => Int, { defaultValue: 20, description: `Profiles per page (0-${MAX_PROFILE_LIST_PAGE}).` }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after?: string,
  ): Promise<CustomerProfileConnection> {
    return toProfileConnection(await ctx.services.segments.members(ref(segment), first, after), ctx);
  }
}

/** The saved segments a customer belongs to. */
@Resolver(() => CustomerProfile)
export class ProfileSegmentsResolver {
  @FieldResolver(() => [Segment], { description: "The organization's saved segments this customer belongs to now, by name." })
  async segments(@Root() profile: CustomerProfile, @Ctx() ctx: PersonalizationContext): Promise<Segment[]> {
    return (await ctx.loaders.segmentsOfLead.load(profile.leadId)).map(toSegment);
  }
}
