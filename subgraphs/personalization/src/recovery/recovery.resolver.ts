import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { PersonalizationContext } from "../context";
import { toItem } from "../catalog/item.mapper";
import type { InterestLevel } from "../profile/profile.type";
import { DEFAULT_SILENT_DAYS, MAX_SILENT_DAYS } from "./recovery";
import { MAX_RECOVERY_PAGE } from "./recovery.service";
import { RecoveryCandidateConnection } from "./recovery.type";

@Resolver()
export class RecoveryResolver {
  @Query(() => RecoveryCandidateConnection, {
    description:
      "Abandoned-interest recovery: the organization's open leads who viewed an item at least 3 times or hold a HIGH interest, and have been silent at least silentDays, each with the step due (reminder, alternatives, or an offer within policy) by the organization's learned recovery timing.",
  })
  async recoveryCandidates(
    @Ctx() ctx: PersonalizationContext,
    @Arg("silentDays", () => Int, { defaultValue: DEFAULT_SILENT_DAYS, description: `Days without activity (1-${MAX_SILENT_DAYS}).` }) silentDays: number,
    @Arg("first", () => Int, { defaultValue: 20, description: `Candidates per page (0-${MAX_RECOVERY_PAGE}).` }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after?: string | null,
  ): Promise<RecoveryCandidateConnection> {
    const page = await ctx.services.recovery.candidates(silentDays, first, after, new Date());
    const nodes = page.candidates.map((c) => ({
      lead: { id: c.leadId },
      lastActiveAt: c.lastActiveAt,
      daysSilent: c.daysSilent,
      phase: c.phase,
      due: c.due,
      timing: c.timing,
      interest: {
        externalId: c.interest.itemId,
        name: c.interest.name,
        viewCount: c.interest.viewCount,
        level: c.interest.level as InterestLevel | null,
        item: c.interest.item ? toItem(c.interest.item) : null,
      },
      step: c.step,
      alternatives: c.alternatives.map((a) => ({ item: toItem(a.item), score: a.score, reason: a.reason })),
      offer: c.offer ? { ...c.offer, item: toItem(c.offer.item) } : null,
    }));
    return {
      nodes,
      edges: nodes.map((node, i) => ({ node, cursor: page.cursors[i]! })),
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: false, startCursor: page.cursors[0] ?? null, endCursor: page.cursors.at(-1) ?? null },
    };
  }
}
