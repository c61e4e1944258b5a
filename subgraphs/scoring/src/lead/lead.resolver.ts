import { Kind, type FieldNode, type GraphQLResolveInfo, type ValueNode } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import { badInput, selectedFields } from "@revgraph/graph";
import type { ScoringContext } from "../context";
import { Activity } from "../activity/activity.type";
import { MAX_NEXT_ACTIONS } from "../next-action/next-action.service";
import { MIN_LIFT, MIN_SUPPORT } from "../next-action/next-action.rules";
import { NextAction, RankedNextAction } from "../next-action/next-action.type";
import { DEFAULT_FACTORS, factorsFor, KEPT_FACTORS } from "../prediction/prediction-factors";
import { toPrediction } from "../prediction/prediction.mapper";
import { Prediction } from "../prediction/prediction.type";
import { Lead } from "./lead.type";

const MAX_ACTIVITIES = 100;

/**
 * How many factors the selection's `factors(first:)` fields ask for, at most (0 when none is
 * selected). An omitted `first` is the default, null is every kept factor; a value out of range
 * counts as every kept one here and is rejected by the field itself.
 */
function factorsAsked(info: GraphQLResolveInfo): number {
  let asked = factorsAskedByField.get(info.fieldNodes);
  if (asked === undefined) {
    asked = countFactorsAsked(info);
    factorsAskedByField.set(info.fieldNodes, asked);
  }
  return asked;
}

// Every lead of a list resolves `prediction` with the same field nodes (one array per execution):
// its selection is read once, not once per lead. Should a count ever be wrong, Prediction.factors
// reads the full list itself.
const factorsAskedByField = new WeakMap<readonly FieldNode[], number>();

function countFactorsAsked(info: GraphQLResolveInfo): number {
  const count = (value: ValueNode | undefined): number => {
    if (!value) return DEFAULT_FACTORS;
    const given = value.kind === Kind.VARIABLE ? info.variableValues[value.name.value] : value.kind === Kind.INT ? Number(value.value) : null;
    // A variable the request left out is an omitted argument.
    if (given === undefined) return DEFAULT_FACTORS;
    return factorsFor(typeof given === "number" || given === null ? given : Number.NaN) ?? KEPT_FACTORS;
  };
  return Math.max(
    0,
    ...selectedFields(info)
      .filter((field) => field.name.value === "factors")
      .map((field) => count(field.arguments?.find((arg) => arg.name.value === "first")?.value)),
  );
}

@Resolver(() => Lead)
export class LeadScoringResolver {
  @FieldResolver(() => Int, { nullable: true, description: "Engagement score 0-100 from the lead's weighted, time-decayed activities; null before any activity." })
  async score(@Root() lead: Lead, @Ctx() ctx: ScoringContext): Promise<number | null> {
    return (await ctx.loaders.state.load(lead.id))?.score?.value ?? null;
  }

  @FieldResolver(() => Date, { nullable: true, description: "When the score was last computed." })
  async scoreUpdatedAt(@Root() lead: Lead, @Ctx() ctx: ScoringContext): Promise<Date | null> {
    return (await ctx.loaders.state.load(lead.id))?.score?.updatedAt ?? null;
  }

  @FieldResolver(() => [Activity], { description: "The lead's most recent activities, newest first (at most 100)." })
  async activities(
    @Root() lead: Lead,
    @Ctx() ctx: ScoringContext,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many activities (0-100)." }) first: number,
  ): Promise<Activity[]> {
    if (first < 0 || first > MAX_ACTIVITIES) throw badInput("first", `first must be between 0 and ${MAX_ACTIVITIES}`);
    const rows = await ctx.loaders.activities.load(lead.id);
    return rows
      .slice(Math.max(0, rows.length - first))
      .reverse()
      .map((a) => ({ id: a.id, leadId: a.leadId, type: a.type as Activity["type"], occurredAt: a.occurredAt }));
  }

  @FieldResolver(() => Prediction, { nullable: true, description: "Conversion probability from the requesting rep's active model." })
  async prediction(@Root() lead: Lead, @Ctx() ctx: ScoringContext, @Info() info: GraphQLResolveInfo): Promise<Prediction | null> {
    ctx.predictionExtras.factors = Math.max(ctx.predictionExtras.factors, factorsAsked(info));
    const row = await ctx.loaders.prediction.load(lead.id);
    return row ? toPrediction(row) : null;
  }

  @FieldResolver(() => NextAction, { nullable: true, description: "The requesting rep's recommended next step: always the first of nextActions (see there for the order)." })
  async nextAction(@Root() lead: Lead, @Ctx() ctx: ScoringContext): Promise<NextAction | null> {
    ctx.predictionExtras.actions = true;
    return (await ctx.loaders.nextActions.load(lead.id))?.[0] ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Why nextAction is null and nextActions empty for the requesting user, when their preferences hide them; null when shown.",
  })
  async nextActionsHiddenReason(@Ctx() ctx: ScoringContext): Promise<string | null> {
    const preferences = await ctx.services.aiPreferences.get();
    return preferences.autoSuggestActions ? null : "You turned suggested actions off (aiPreferences.autoSuggestActions); turn them on with updateAiPreferences to see them.";
  }

  @FieldResolver(() => [RankedNextAction], {
    description: `The requesting rep's next steps, best first; empty for another organization's lead. First (and nextAction) is the first rule that applies — service rules (a requested callback, a hot lead left alone, a new lead nobody called), then the action the rep's history says lifts wins most, then stage rules — except that a rule whose action that history says lowers wins (at least ${MIN_SUPPORT} closed leads had it, its pooled win rate at least ${MIN_LIFT * 100} points below the rate without it, the 95% interval of that difference below zero) is passed over for the next, and the action replacing it says why in its reasoning. A requested callback is owed and stays first whatever the history says. After the first come the other actions the history says lift wins, by estimated success; an action that lowers wins is not listed after the first.`,
  })
  async nextActions(
    @Root() lead: Lead,
    @Ctx() ctx: ScoringContext,
    @Arg("first", () => Int, { defaultValue: 3, description: `How many (0-${MAX_NEXT_ACTIONS}).` }) first: number,
  ): Promise<RankedNextAction[]> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_NEXT_ACTIONS) throw badInput("first", `first must be between 0 and ${MAX_NEXT_ACTIONS}, got ${first}`);
    ctx.predictionExtras.actions = true;
    return ((await ctx.loaders.nextActions.load(lead.id)) ?? []).slice(0, first);
  }
}
