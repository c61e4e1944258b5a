import { Field, Float, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { enumObject } from "@revgraph/graph";
import { OPEN_LEAD_STATUSES, TEMPERATURES } from "@revgraph/db/vocabulary";
import { Confidence } from "../prediction/prediction.type";
import { Priority } from "../next-action/next-action.type";
import { Lead } from "../lead/lead.type";
import { PageInfo } from "@revgraph/graph";

export const OpenLeadStatus = enumObject(OPEN_LEAD_STATUSES);
export type OpenLeadStatus = (typeof OPEN_LEAD_STATUSES)[number];
registerEnumType(OpenLeadStatus, { name: "OpenLeadStatus", description: "The statuses of a lead still in play." });

/** Personalization's Temperature enum (it owns CustomerProfile.temperature); the same values here, for the filter. */
export const Temperature = enumObject(TEMPERATURES);
export type Temperature = (typeof TEMPERATURES)[number];
registerEnumType(Temperature, {
  name: "Temperature",
  description: "How ready a customer is to buy, from engagement + intent (0-20).",
  valuesConfig: {
    HOT: { description: "15 or more: follow up immediately." },
    WARM: { description: "10 up to 15: follow up within 24 hours." },
    COLD: { description: "Below 10: nurture." },
  },
});

export enum WorklistOrder {
  PROBABILITY = "PROBABILITY",
  EXPECTED_VALUE = "EXPECTED_VALUE",
}
registerEnumType(WorklistOrder, {
  name: "WorklistOrder",
  description: "How the work list is ordered, highest first (ties by lead id).",
  valuesConfig: {
    PROBABILITY: { description: "The caller's model's probability that the lead converts." },
    EXPECTED_VALUE: { description: "Probability × the lead's value (a lead without a value counts 0)." },
  },
});

@InputType({ description: "Which of the caller's open leads the work list holds." })
export class WorklistFilter {
  @Field(() => [OpenLeadStatus], { nullable: true, description: "Only these statuses (default: all open ones)." })
  statuses?: OpenLeadStatus[];

  @Field(() => [String], { nullable: true, description: "Only leads from these sources (at most 50)." })
  sources?: string[];

  @Field(() => Float, { nullable: true, description: "Only leads at or above this probability (0-1)." })
  minProbability?: number;

  @Field(() => [Temperature], {
    nullable: true,
    description: "Only leads whose customer profile has one of these temperatures (as personalization computes Lead.profile.temperature); a lead without a profile matches none.",
  })
  temperatures?: Temperature[];

  @Field(() => [Priority], { nullable: true, description: "Only leads whose next action has one of these priorities (as of their stored prediction, at most six hours old)." })
  priorities?: Priority[];
}

@ObjectType({ description: "One lead of the work list, with the figures it is ordered by." })
export class WorklistEdge {
  @Field(() => String, { description: "Pass as `after` to continue after this lead." })
  cursor!: string;

  @Field(() => Lead, { description: "The lead; every other field of it comes through the graph as usual." })
  node!: Lead;

  @Field(() => Float, { description: "The caller's model's probability, as stored for the active model version (the order's key)." })
  probability!: number;

  @Field(() => Confidence, { description: "How much data and certainty stand behind the probability." })
  confidence!: Confidence;

  @Field(() => Float, { nullable: true, description: "Probability × the lead's value; null when the lead has no value." })
  expectedValue!: number | null;
}

@ObjectType({ description: "The caller's open leads, ordered by their own model (Relay connection)." })
export class WorklistConnection {
  @Field(() => [WorklistEdge], { description: "The leads on this page with their figures and cursors." })
  edges!: WorklistEdge[];

  @Field(() => [Lead], { description: "The leads on this page (the edges' nodes)." })
  nodes!: Lead[];

  @Field(() => PageInfo, { description: "Whether there are more pages." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Open leads matching the filter, across all pages." })
  totalCount!: number;

  @Field(() => String, { description: "Version of the model the order comes from, e.g. rep-v3, org-v2 or default." })
  modelVersion!: string;
}
