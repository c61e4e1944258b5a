import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { assertUuid } from "@revgraph/graph";
import type { CustomerSuccessContext } from "../context";
import { TREND_WINDOW, healthTrend } from "./health-trend";
import { DEFAULT_HISTORY_POINTS, MAX_ACCOUNTS_PAGE, MAX_HISTORY_POINTS, RecordAccountHealthInput, UpsertAccountInput } from "./account.input";
import { toAccount } from "./account.mapper";
import { RecordAccountHealthPayload, UpsertAccountPayload } from "./account.payload";
import { Account, AccountConnection, AccountHealthPoint, HealthTrend, LifecycleStage } from "./account.type";

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => Account, { nullable: true, description: "One account of the caller's organization, or null." })
  async account(@Arg("id", () => ID, { description: "The account's id (a UUID)." }) id: string, @Ctx() ctx: CustomerSuccessContext): Promise<Account | null> {
    assertUuid("id", id);
    const row = await ctx.loaders.account.load(id);
    return row ? toAccount(row) : null;
  }

  @Query(() => AccountConnection, { description: `The organization's accounts, weakest health first (then by name), a page at a time (at most ${MAX_ACCOUNTS_PAGE}).` })
  async accounts(
    @Ctx() ctx: CustomerSuccessContext,
    @Arg("first", () => Int, { defaultValue: 20, description: `Accounts per page (0-${MAX_ACCOUNTS_PAGE}).` }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after?: string,
    @Arg("lifecycleStage", () => LifecycleStage, { nullable: true, description: "Only accounts in this stage." }) lifecycleStage?: LifecycleStage,
    @Arg("atRisk", () => Boolean, { nullable: true, description: "Only accounts that are (true) or are not (false) at risk; see Account.atRisk." }) atRisk?: boolean,
    @Arg("mine", () => Boolean, { nullable: true, description: "Only the accounts the caller owns as their CSM (Account.csmId)." }) mine?: boolean,
  ): Promise<AccountConnection> {
    const query = { lifecycleStage: lifecycleStage ?? undefined, atRisk: atRisk ?? undefined, csmId: mine ? ctx.identity.userId : undefined };
    const page = await ctx.services.accounts.page(query, first, after);
    for (const row of page.rows) ctx.loaders.account.prime(row.id, row);
    const nodes = page.rows.map(toAccount);
    const connection = Object.assign(new AccountConnection(), {
      nodes,
      edges: nodes.map((node, i) => ({ node, cursor: page.cursors[i] })),
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: false, startCursor: page.cursors[0] ?? null, endCursor: page.cursors.at(-1) ?? null },
    });
    // Counted only when asked for.
    Object.defineProperty(connection, "totalCount", { get: page.count });
    return connection;
  }

  @FieldResolver(() => [AccountHealthPoint], { description: "Recorded health scores, newest first." })
  async healthHistory(
    @Root() account: Account,
    @Ctx() ctx: CustomerSuccessContext,
    @Arg("first", () => Int, { defaultValue: DEFAULT_HISTORY_POINTS, description: `How many points (0-${MAX_HISTORY_POINTS}).` }) first: number,
  ): Promise<AccountHealthPoint[]> {
    const size = ctx.services.accounts.historyPageSize(first);
    return ctx.loaders.healthHistory(size).load(account.id);
  }

  @FieldResolver(() => HealthTrend, { description: "Which way health is heading, from the last four recorded points." })
  async healthTrend(@Root() account: Account, @Ctx() ctx: CustomerSuccessContext): Promise<HealthTrend> {
    const points = await ctx.loaders.healthHistory(TREND_WINDOW).load(account.id);
    return healthTrend(points) as HealthTrend;
  }

  @Mutation(() => UpsertAccountPayload, { description: "Creates the account for a domain, or updates it when the domain is already known." })
  async upsertAccount(
    @Arg("input", () => UpsertAccountInput, { description: "The account, identified by its domain." }) input: UpsertAccountInput,
    @Ctx() ctx: CustomerSuccessContext,
  ): Promise<UpsertAccountPayload> {
    const result = await ctx.services.accounts.upsert(input);
    return { account: result.account ? toAccount(result.account) : null, created: result.created, errors: result.errors };
  }

  @Mutation(() => RecordAccountHealthPayload, { description: "Appends a health score to an account's history; it becomes the current score when it is the newest." })
  async recordAccountHealth(
    @Arg("input", () => RecordAccountHealthInput, { description: "The account, the score and when it was measured." }) input: RecordAccountHealthInput,
    @Ctx() ctx: CustomerSuccessContext,
  ): Promise<RecordAccountHealthPayload> {
    const result = await ctx.services.accounts.recordHealth(input);
    return { account: result.account ? toAccount(result.account) : null, point: result.point, errors: result.errors };
  }
}
