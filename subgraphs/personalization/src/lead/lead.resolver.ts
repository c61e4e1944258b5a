import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { PersonalizationContext } from "../context";
import { SUMMARY_FIELDS, toCustomerProfile, toProfileSummary } from "../profile/profile.mapper";
import { CustomerProfile } from "../profile/profile.type";
import { Lead } from "./lead.type";

/** The names of the fields selected on the resolved field's object, through fragments too. */
function selectedNames(info: GraphQLResolveInfo): string[] {
  const within = (set: SelectionSetNode | undefined): string[] =>
    (set?.selections ?? []).flatMap((s) => {
      if (s.kind === Kind.FIELD) return [s.name.value];
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet);
      return within(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.flatMap((node) => within(node.selectionSet));
}

// Every lead of a list resolves `profile` with the same field nodes (one array per execution): its selection is read once.
const scoresOnlyByField = new WeakMap<readonly FieldNode[], boolean>();

function asksScoresOnly(info: GraphQLResolveInfo): boolean {
  let scoresOnly = scoresOnlyByField.get(info.fieldNodes);
  if (scoresOnly === undefined) {
    scoresOnly = selectedNames(info).every((name) => SUMMARY_FIELDS.has(name));
    scoresOnlyByField.set(info.fieldNodes, scoresOnly);
  }
  return scoresOnly;
}

@Resolver(() => Lead)
export class LeadProfileResolver {
  @FieldResolver(() => CustomerProfile, { nullable: true, description: "What we remember about this lead's customer; null when nothing was recorded yet." })
  async profile(@Root() lead: Lead, @Ctx() ctx: PersonalizationContext, @Info() info: GraphQLResolveInfo): Promise<CustomerProfile | null> {
    // A selection of the scores only (a work list's temperature) reads counts, not every list of 100 profiles.
    if (asksScoresOnly(info)) {
      const summary = await ctx.loaders.profileSummaryByLead.load(lead.id);
      return summary ? toProfileSummary(summary) : null;
    }
    const row = await ctx.loaders.profileByLead.load(lead.id);
    return row ? toCustomerProfile(row) : null;
  }
}
