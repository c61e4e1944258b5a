import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { assertUuid } from "@revgraph/graph";
import { toAccount } from "../account/account.mapper";
import { Account } from "../account/account.type";
import type { CustomerSuccessContext } from "../context";
import { toPlaybook } from "../playbook/playbook.mapper";
import { Playbook } from "../playbook/playbook.type";
import { AssignCtaInput, CloseCtaInput, CompleteCtaTaskInput, CreateCtaInput, CtaFilter, MAX_CTA_PAGE, SnoozeCtaInput } from "./cta.input";
import { toCta, toCtaTask } from "./cta.mapper";
import { CtaPayload } from "./cta.payload";
import type { CtaResult } from "./cta.service";
import { Cta, CtaConnection, CtaTask } from "./cta.type";

/** The payload of a CTA mutation; the CTA's cached tasks are dropped so the answer shows the change. */
function payload(ctx: CustomerSuccessContext, result: CtaResult): CtaPayload {
  if (!result.cta) return { cta: null, errors: result.errors };
  ctx.loaders.ctaTasks.clear(result.cta.id);
  ctx.loaders.cta.clear(result.cta.id).prime(result.cta.id, result.cta);
  return { cta: toCta(result.cta, ctx.services.ctas.now()), errors: [] };
}

@Resolver(() => Cta)
export class CtaResolver {
  @Query(() => Cta, { nullable: true, description: "One CTA of the caller's organization, or null." })
  async cta(@Arg("id", () => ID, { description: "The CTA's id (a UUID)." }) id: string, @Ctx() ctx: CustomerSuccessContext): Promise<Cta | null> {
    assertUuid("id", id);
    const row = await ctx.loaders.cta.load(id);
    return row ? toCta(row, ctx.services.ctas.now()) : null;
  }

  @Query(() => CtaConnection, {
    description: `The CTA queue, most urgent first (priority, then due date), a page at a time (at most ${MAX_CTA_PAGE}). Snoozed CTAs are hidden until their date unless filter.status asks for them.`,
  })
  async ctas(
    @Ctx() ctx: CustomerSuccessContext,
    @Arg("first", () => Int, { defaultValue: 20, description: `CTAs per page (0-${MAX_CTA_PAGE}).` }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after?: string,
    @Arg("filter", () => CtaFilter, { nullable: true, description: "Which CTAs to show (default: the OPEN ones)." }) filter?: CtaFilter,
  ): Promise<CtaConnection> {
    const page = await ctx.services.ctas.queue(first, after, filter);
    for (const row of page.rows) ctx.loaders.cta.prime(row.id, row);
    const now = ctx.services.ctas.now();
    const nodes = page.rows.map((row) => toCta(row, now));
    const connection = Object.assign(new CtaConnection(), {
      nodes,
      edges: nodes.map((node, i) => ({ node, cursor: page.cursors[i] })),
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: false, startCursor: page.cursors[0] ?? null, endCursor: page.cursors.at(-1) ?? null },
    });
    // Counted only when asked for.
    Object.defineProperty(connection, "totalCount", { get: () => ctx.services.ctas.count(page.query) });
    return connection;
  }

  @FieldResolver(() => Account, { description: "The account it is about." })
  async account(@Root() cta: Cta, @Ctx() ctx: CustomerSuccessContext): Promise<Account> {
    const row = await ctx.loaders.account.load(cta.accountId);
    if (!row) throw new Error(`CTA ${cta.id} refers to account ${cta.accountId}, which does not exist`);
    return toAccount(row);
  }

  @FieldResolver(() => Playbook, { nullable: true, description: "The playbook its tasks came from; null when none covered its type and reason." })
  async playbook(@Root() cta: Cta, @Ctx() ctx: CustomerSuccessContext): Promise<Playbook | null> {
    if (!cta.playbookId) return null;
    const row = await ctx.loaders.playbook.load(cta.playbookId);
    return row ? toPlaybook(row) : null;
  }

  @FieldResolver(() => [CtaTask], { description: "The playbook's tasks, in order, with due dates counted from when the CTA was raised." })
  async tasks(@Root() cta: Cta, @Ctx() ctx: CustomerSuccessContext): Promise<CtaTask[]> {
    return (await ctx.loaders.ctaTasks.load(cta.id)).map(toCtaTask);
  }

  @Mutation(() => CtaPayload, { description: "Raises a CTA by hand (source MANUAL), owned by the caller unless ownerId says otherwise." })
  async createCta(
    @Arg("input", () => CreateCtaInput, { description: "The account, type, reason and priority of the CTA, and optionally its due date and owner." }) input: CreateCtaInput,
    @Ctx() ctx: CustomerSuccessContext,
  ): Promise<CtaPayload> {
    return payload(ctx, await ctx.services.ctas.create(input));
  }

  @Mutation(() => CtaPayload, { description: "Hands a CTA that is not closed to a user." })
  async assignCta(
    @Arg("input", () => AssignCtaInput, { description: "The CTA and its new owner." }) input: AssignCtaInput,
    @Ctx() ctx: CustomerSuccessContext,
  ): Promise<CtaPayload> {
    return payload(ctx, await ctx.services.ctas.assign(input));
  }

  @Mutation(() => CtaPayload, { description: "Hides a CTA from the queue until a date; it is OPEN again after it." })
  async snoozeCta(
    @Arg("input", () => SnoozeCtaInput, { description: "The CTA and the date it comes back." }) input: SnoozeCtaInput,
    @Ctx() ctx: CustomerSuccessContext,
  ): Promise<CtaPayload> {
    return payload(ctx, await ctx.services.ctas.snooze(input));
  }

  @Mutation(() => CtaPayload, { description: "Marks a task of a CTA that is not closed done (or, with done: false, not done)." })
  async completeCtaTask(
    @Arg("input", () => CompleteCtaTaskInput, { description: "The task and whether it is done." }) input: CompleteCtaTaskInput,
    @Ctx() ctx: CustomerSuccessContext,
  ): Promise<CtaPayload> {
    return payload(ctx, await ctx.services.ctas.completeTask(input));
  }

  @Mutation(() => CtaPayload, { description: "Closes a CTA with a reason. Rules, predictions and anomalies do not raise it again within its playbook's cooldown." })
  async closeCta(
    @Arg("input", () => CloseCtaInput, { description: "The CTA and why it is closed." }) input: CloseCtaInput,
    @Ctx() ctx: CustomerSuccessContext,
  ): Promise<CtaPayload> {
    return payload(ctx, await ctx.services.ctas.close(input));
  }
}
