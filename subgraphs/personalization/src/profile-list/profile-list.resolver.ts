import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { PersonalizationContext } from "../context";
import { toCustomerProfile } from "../profile/profile.mapper";
import { HighIntentFilter, HotLeadsFilter, MAX_PROFILE_LIST_PAGE, RepeatViewersFilter, StuckLeadsFilter } from "./profile-list.input";
import type { ProfilePage } from "./profile-list.service";
import { CustomerProfileConnection } from "./profile-list.type";

const FIRST = { defaultValue: 20, description: `Profiles per page (0-${MAX_PROFILE_LIST_PAGE}).` };
const AFTER = { nullable: true, description: "The endCursor of the previous page." };

/** Turns a page into a connection, priming the profile loader; totalCount is counted only when selected. */
export function toProfileConnection(page: ProfilePage, ctx: PersonalizationContext): CustomerProfileConnection {
  for (const row of page.rows) ctx.loaders.profile.prime(row.id, row);
  const nodes = page.rows.map(toCustomerProfile);
  const connection = Object.assign(new CustomerProfileConnection(), {
    nodes,
    edges: nodes.map((node, i) => ({ node, cursor: page.cursors[i] })),
    pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: false, startCursor: page.cursors[0] ?? null, endCursor: page.cursors.at(-1) ?? null },
  });
  Object.defineProperty(connection, "totalCount", { get: page.count });
  return connection;
}

/** Seed 001's lists of customers a rep or marketer asks for. */
@Resolver()
export class ProfileListResolver {
  @Query(() => CustomerProfileConnection, { description: "HOT customers active within the last days (7 by default), most engaged first." })
  async hotLeads(
    @Ctx() ctx: PersonalizationContext,
    @Arg("filter", () => HotLeadsFilter, { defaultValue: { activeWithinDays: 7 }, description: "Which hot leads to list." }) filter: HotLeadsFilter,
    @Arg("first", () => Int, FIRST) first: number,
    @Arg("after", () => String, AFTER) after?: string,
  ): Promise<CustomerProfileConnection> {
    return toProfileConnection(await ctx.services.profileLists.hotLeads(filter, first, after), ctx);
  }

  @Query(() => CustomerProfileConnection, { description: "Open leads whose sales stage has not changed for some days (14 by default), longest stuck first." })
  async stuckLeads(
    @Ctx() ctx: PersonalizationContext,
    @Arg("filter", () => StuckLeadsFilter, { defaultValue: { stuckForDays: 14 }, description: "Which stuck leads to list." }) filter: StuckLeadsFilter,
    @Arg("first", () => Int, FIRST) first: number,
    @Arg("after", () => String, AFTER) after?: string,
  ): Promise<CustomerProfileConnection> {
    return toProfileConnection(await ctx.services.profileLists.stuckLeads(filter, first, after), ctx);
  }

  @Query(() => CustomerProfileConnection, { description: "Open leads with high intent (5 or more by default) who have not scheduled a site visit, highest intent first." })
  async highIntentWithoutSiteVisit(
    @Ctx() ctx: PersonalizationContext,
    @Arg("filter", () => HighIntentFilter, { defaultValue: { minIntent: 5 }, description: "Which leads to list." }) filter: HighIntentFilter,
    @Arg("first", () => Int, FIRST) first: number,
    @Arg("after", () => String, AFTER) after?: string,
  ): Promise<CustomerProfileConnection> {
    return toProfileConnection(await ctx.services.profileLists.highIntentWithoutSiteVisit(filter, first, after), ctx);
  }

  @Query(() => CustomerProfileConnection, { description: "Customers who viewed one item repeatedly (3 times by default), most views of one item first." })
  async repeatViewers(
    @Ctx() ctx: PersonalizationContext,
    @Arg("filter", () => RepeatViewersFilter, { defaultValue: { minViews: 3 }, description: "Which repeat viewers to list." }) filter: RepeatViewersFilter,
    @Arg("first", () => Int, FIRST) first: number,
    @Arg("after", () => String, AFTER) after?: string,
  ): Promise<CustomerProfileConnection> {
    return toProfileConnection(await ctx.services.profileLists.repeatViewers(filter, first, after), ctx);
  }
}
