import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

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

@ObjectType({ description: "One recorded health score of an account." })
export class AccountHealthPoint {
  @Field(() => Int, { description: "Health score, 0-100." })
  score!: number;

  @Field(() => Date, { description: "When the score was measured." })
  recordedAt!: Date;
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

  @Field(() => String, { nullable: true, description: "Next renewal date, YYYY-MM-DD." })
  renewalDate!: string | null;

  @Field(() => Date, { description: "When the account was created." })
  createdAt!: Date;
}
