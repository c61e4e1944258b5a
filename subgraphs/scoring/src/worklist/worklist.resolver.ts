import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { ScoringContext } from "../context";
import { leadRef } from "../lead/lead.type";
import type { Confidence } from "../prediction/prediction.type";
import { WorklistConnection, WorklistFilter, WorklistOrder } from "./worklist.type";

@Resolver()
export class WorklistResolver {
  @Query(() => WorklistConnection, {
    description:
      "The caller's open leads ordered by their own active model (probability, or probability × value), keyset-paginated. " +
      "Ordered by the stored predictions of the active model version; missing or out-of-date ones are recomputed first.",
  })
  async worklist(
    @Ctx() ctx: ScoringContext,
    @Arg("filter", () => WorklistFilter, { nullable: true, description: "Which of the caller's open leads to list (default: all of them)." }) filter: WorklistFilter | undefined,
    @Arg("orderBy", () => WorklistOrder, { defaultValue: WorklistOrder.PROBABILITY, description: "What to order by, highest first (default PROBABILITY)." }) orderBy: WorklistOrder,
    @Arg("first", () => Int, { defaultValue: 50, description: "Leads per page (0-100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after: string | undefined,
  ): Promise<WorklistConnection> {
    const page = await ctx.services.worklist.page(filter, orderBy, first, after ?? undefined);
    const edges = page.rows.map((row) => ({
      cursor: page.cursorOf(row),
      node: leadRef(row.leadId),
      probability: row.probability,
      confidence: row.confidence as Confidence,
      expectedValue: row.expectedValue,
    }));
    return {
      edges,
      nodes: edges.map((e) => e.node),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: after !== undefined && after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: page.totalCount,
      modelVersion: page.modelVersion,
    };
  }
}
