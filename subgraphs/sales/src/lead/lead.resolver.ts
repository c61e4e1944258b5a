import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { assertUuid } from "@revgraph/graph";
import type { SalesContext } from "../context";
import { toUser } from "../user/user.mapper";
import { User } from "../user/user.type";
import { CreateLeadInput, LeadFilter, LeadOrder, UpdateLeadInput } from "./lead.input";
import { toLead } from "./lead.mapper";
import { CreateLeadsPayload, UpdateLeadPayload } from "./lead.payload";
import { toLeadConnection } from "./lead.connection";
import { Lead, LeadConnection } from "./lead.type";

@Resolver(() => Lead)
export class LeadResolver {
  @Query(() => Lead, { nullable: true, description: "One lead of the caller's organization, or null." })
  async lead(@Arg("id", () => ID, { description: "The lead's id (a UUID)." }) id: string, @Ctx() ctx: SalesContext): Promise<Lead | null> {
    assertUuid("id", id);
    const row = await ctx.loaders.lead.load(id);
    return row ? toLead(row) : null;
  }

  @Query(() => LeadConnection, { description: "The organization's leads, a page at a time (at most 100 per page)." })
  async leads(
    @Ctx() ctx: SalesContext,
    @Arg("first", () => Int, { defaultValue: 20, description: "Leads per page (0-100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after?: string,
    @Arg("filter", () => LeadFilter, { nullable: true, description: "Which leads to list (default: all of the organization's)." }) filter?: LeadFilter,
    @Arg("orderBy", () => LeadOrder, { nullable: true, description: "Order of the list (default: newest first by createdAt)." }) orderBy?: LeadOrder,
  ): Promise<LeadConnection> {
    const page = await ctx.services.leads.list(first, after, filter, orderBy);
    return toLeadConnection(page, ctx);
  }

  @FieldResolver(() => User, { nullable: true })
  async assignedTo(@Root() lead: Lead & { assignedToId: string | null }, @Ctx() ctx: SalesContext): Promise<User | null> {
    if (!lead.assignedToId) return null;
    const row = await ctx.loaders.user.load(lead.assignedToId);
    return row ? toUser(row) : null;
  }

  @Mutation(() => CreateLeadsPayload, { description: "Creates up to 1,000 leads: all of them, or none with an error per bad field." })
  async createLeads(
    @Arg("input", () => [CreateLeadInput], { description: "The leads to create, 1 to 1,000." }) input: CreateLeadInput[],
    @Ctx() ctx: SalesContext,
  ): Promise<CreateLeadsPayload> {
    const result = await ctx.services.leads.createMany(input);
    return { leads: result.leads.map(toLead), createdCount: result.created, existingCount: result.existing, errors: result.errors };
  }

  @Mutation(() => UpdateLeadPayload, { description: "Changes a lead's fields. Won/lost is recorded with recordConversion." })
  async updateLead(
    @Arg("id", () => ID, { description: "The lead to change (a UUID)." }) id: string,
    @Arg("input", () => UpdateLeadInput, { description: "The fields to change." }) input: UpdateLeadInput,
    @Ctx() ctx: SalesContext,
  ): Promise<UpdateLeadPayload> {
    const result = await ctx.services.leads.update(id, input);
    return { lead: result.lead ? toLead(result.lead) : null, errors: result.errors };
  }
}
