import type { FieldNode, GraphQLResolveInfo } from "graphql";
import { selectedFields } from "@revgraph/graph";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { PersonalizationContext } from "../context";
import { SUMMARY_FIELDS, toCustomerProfile, toProfileSummary } from "../profile/profile.mapper";
import { CustomerProfile } from "../profile/profile.type";
import { Lead } from "./lead.type";

// Every lead of a list resolves `profile` with the same field nodes (one array per execution): its selection is read once.
const scoresOnlyByField = new WeakMap<readonly FieldNode[], boolean>();

function asksScoresOnly(info: GraphQLResolveInfo): boolean {
  let scoresOnly = scoresOnlyByField.get(info.fieldNodes);
  if (scoresOnly === undefined) {
    scoresOnly = selectedFields(info).every((field) => SUMMARY_FIELDS.has(field.name.value));
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
