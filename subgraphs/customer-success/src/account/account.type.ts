import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { SCORECARD_MEASURES } from "@revgraph/db/vocabulary";
import { enumObject, JSONScalar, PageInfo } from "@revgraph/graph";

export enum LifecycleStage {
  ONBOARDING = "ONBOARDING",
  ADOPTION = "ADOPTION",
  EXPANSION = "EXPANSION",
  RENEWAL = "RENEWAL",
  AT_RISK = "AT_RISK",
  CHURNED = "CHURNED",
}
registerEnumType(LifecycleStage, {
  name: "LifecycleStage",
  description: "Where a customer account is in its life with us.",
  valuesConfig: {
    ONBOARDING: { description: "Newly signed, getting set up." },
    ADOPTION: { description: "Using the product and growing into it." },
    EXPANSION: { description: "Healthy and buying more." },
    RENEWAL: { description: "Approaching its renewal." },
    AT_RISK: { description: "Flagged by the team as likely to churn." },
    CHURNED: { description: "No longer a customer." },
  },
});

export enum HealthTrend {
  IMPROVING = "IMPROVING",
  STABLE = "STABLE",
  DECLINING = "DECLINING",
}
registerEnumType(HealthTrend, {
  name: "HealthTrend",
  description: "Which way an account's health score is heading over its last four recorded points.",
  valuesConfig: {
    IMPROVING: { description: "Up by 5 points or more across the last four points (fitted line)." },
    STABLE: { description: "Within 5 points, or fewer than two points recorded." },
    DECLINING: { description: "Down by 5 points or more across the last four points (fitted line)." },
  },
});

/** The GraphQL enum, built from the one list of measures (@revgraph/db/vocabulary). */
export const ScorecardMeasure = enumObject(SCORECARD_MEASURES);
export type ScorecardMeasure = (typeof SCORECARD_MEASURES)[number];
registerEnumType(ScorecardMeasure, {
  name: "ScorecardMeasure",
  description: "A measure of account health, scored 0-100 from the account's signals (formulas in the README, section Customer success).",
  valuesConfig: {
    USAGE_TREND: { description: "Logins and active users per day in the last 30 days against the 60 days before: 100 × min(1, recent / previous)." },
    SUPPORT_LOAD: { description: "Tickets in the last 30 days: 100 − 10 per ticket opened − 20 per ticket escalated, at least 0." },
    SENTIMENT: { description: "The latest NPS (× 10) and CSAT ((answer − 1) × 25) answers of the last 365 days, averaged; 50 without answers." },
    ENGAGEMENT_RECENCY: { description: "Days since the last login or CSM activity: 100 × (1 − days / 90), at least 0." },
    ADOPTION_BREADTH: { description: "Distinct features used (FEATURE_USE detail) in the last 90 days: 20 per feature, at most 100." },
  },
});

@ObjectType({ description: "One measure's part in a computed health point." })
export class HealthMeasureScore {
  @Field(() => ScorecardMeasure, { description: "The measure." })
  measure!: ScorecardMeasure;

  @Field(() => Int, { description: "Its score, 0-100." })
  score!: number;

  @Field(() => Float, { description: "Its weight in the scorecard when the point was computed." })
  weight!: number;
}

@ObjectType({ description: "One recorded health score of an account." })
export class AccountHealthPoint {
  @Field(() => Int, { description: "Health score, 0-100." })
  score!: number;

  @Field(() => Date, { description: "When the score was measured." })
  recordedAt!: Date;

  @Field(() => [HealthMeasureScore], {
    description:
      "The scorecard breakdown (score = weighted mean of the measures) when computed from signals; empty for a score recorded with recordAccountHealth or upsertAccount.",
  })
  measures!: HealthMeasureScore[];
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A customer company, identified within the organization by its web domain." })
export class Account {
  @Field(() => ID, { description: "The account's id." })
  id!: string;

  @Field(() => String, { description: "Company name." })
  name!: string;

  @Field(() => String, { description: "The company's web domain, lower-cased, e.g. acme.com; leads whose email is at this domain belong to the account." })
  domain!: string;

  @Field(() => Int, { description: "Current health score, 0-100: the newest point of healthHistory." })
  healthScore!: number;

  @Field(() => LifecycleStage, { description: "Where the account is in its life with us." })
  lifecycleStage!: LifecycleStage;

  @Field(() => Boolean, { description: "True when lifecycleStage is AT_RISK, or health is below 40 and the account has not churned." })
  atRisk!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: "Next renewal, an instant. Changed from a YYYY-MM-DD string to DateTime: dates stored before became midnight UTC of that day.",
  })
  renewalDate!: Date | null;

  @Field(() => JSONScalar, { description: "Custom fields: an object whose values are strings, numbers or booleans (the same rules as Lead.attributes)." })
  attributes!: Record<string, string | number | boolean>;

  @Field(() => ID, { nullable: true, description: "The customer-success manager who owns the account: a user id of the organization." })
  csmId!: string | null;

  @Field(() => Float, { nullable: true, description: "Annual recurring revenue (contract value per year), at least 0." })
  arr!: number | null;

  @Field(() => Date, { description: "When the account was created." })
  createdAt!: Date;
}

@ObjectType({ description: "An account on a page of the accounts list, with its cursor." })
export class AccountEdge {
  @Field(() => String, { description: "Pass as `after` to continue after this account." })
  cursor!: string;

  @Field(() => Account, { description: "The account." })
  node!: Account;
}

@ObjectType({ description: "A page of the organization's accounts (Relay connection), weakest health first." })
export class AccountConnection {
  @Field(() => [AccountEdge], { description: "The accounts on this page with their cursors." })
  edges!: AccountEdge[];

  @Field(() => [Account], { description: "The accounts on this page (the edges' nodes)." })
  nodes!: Account[];

  @Field(() => PageInfo, { description: "Whether there are more pages." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Accounts matching the filters, across all pages (counted only when asked for)." })
  totalCount!: number;
}
