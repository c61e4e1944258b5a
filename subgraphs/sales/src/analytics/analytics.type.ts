import { Field, Float, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { LeadStatus } from "../lead/lead.type";

export enum AnalyticsGrouping {
  SOURCE = "SOURCE",
  REP = "REP",
  MONTH = "MONTH",
}
registerEnumType(AnalyticsGrouping, {
  name: "AnalyticsGrouping",
  description: "How win rates are grouped.",
  valuesConfig: {
    SOURCE: { description: "By the lead's source ((none) when it has none)." },
    REP: { description: "By the assigned rep's id ((unassigned) when nobody)." },
    MONTH: { description: "By the month the lead was created, YYYY-MM in UTC (a cohort: its leads' outcomes whenever they came)." },
  },
});

@InputType({ description: "Which leads an aggregate covers. Reps always see only their own leads." })
export class AnalyticsScope {
  @Field(() => Date, { nullable: true, description: "Leads created at or after this instant." })
  from?: Date;

  @Field(() => Date, { nullable: true, description: "Leads created before this instant." })
  to?: Date;

  @Field(() => String, { nullable: true, description: "Only this rep's leads (managers and admins; a rep may name only themselves)." })
  repId?: string;
}

@ObjectType({ description: "Volume and outcomes of one group of leads." })
export class WinRateRow {
  @Field(() => String, { description: "The group: a source, a rep id or a month (YYYY-MM)." })
  key!: string;

  @Field(() => Int, { description: "Leads in the group." })
  leads!: number;

  @Field(() => Int, { description: "Of them, won." })
  won!: number;

  @Field(() => Int, { description: "Of them, lost." })
  lost!: number;

  @Field(() => Int, { description: "Of them, still open." })
  open!: number;

  @Field(() => Float, { nullable: true, description: "won / (won + lost); null before any is closed." })
  winRate!: number | null;

  @Field(() => Float, { description: "Sum of the won leads' values." })
  wonValue!: number;
}

@ObjectType({ description: "One stage of the funnel: how many leads reached it and how many of those were won." })
export class FunnelStage {
  @Field(() => LeadStatus, { description: "The stage (NEW, CONTACTED, QUALIFIED, WON), in funnel order." })
  status!: LeadStatus;

  @Field(() => Int, { description: "Leads that reached this stage or a later one (from their status history)." })
  reached!: number;

  @Field(() => Int, { description: "Of them, won." })
  won!: number;

  @Field(() => Int, { description: "Leads lost with this as the furthest stage they reached." })
  lostHere!: number;

  @Field(() => Float, { nullable: true, description: "won / reached; null when none reached it." })
  conversionRate!: number | null;

  @Field(() => Float, { nullable: true, description: "reached / the previous stage's reached; null for the first stage or when the previous had none." })
  stepRate!: number | null;
}
