import { Field, Float, ID, InputType, Int } from "type-graphql";
import { JSONScalar } from "@revgraph/graph";
import { LifecycleStage } from "./account.type";

export const MAX_ACCOUNTS_PAGE = 100;
export const DEFAULT_HISTORY_POINTS = 26;
export const MAX_HISTORY_POINTS = 520;

@InputType({ description: "An account to create, or to update when its domain is already known. Omitted fields keep their value." })
export class UpsertAccountInput {
  @Field(() => String, { description: "Company name (1-200 characters)." })
  name!: string;

  @Field(() => String, { description: "The company's web domain, e.g. acme.com (case-insensitive; free-mail domains are refused). Identifies the account." })
  domain!: string;

  @Field(() => Int, { nullable: true, description: "Health score 0-100; required when creating. A changed score is also recorded in healthHistory." })
  healthScore?: number | null;

  @Field(() => LifecycleStage, { nullable: true, description: "Lifecycle stage (ONBOARDING when creating without one)." })
  lifecycleStage?: LifecycleStage | null;

  @Field(() => Date, { nullable: true, description: "Next renewal, a DateTime (was YYYY-MM-DD: send e.g. 2026-09-30T00:00:00Z); null clears it." })
  renewalDate?: Date | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description: "Custom fields (replace the current ones): a flat object of strings, finite numbers and booleans, at most 50 keys; null clears them.",
  })
  attributes?: unknown;

  @Field(() => ID, { nullable: true, description: "The owning customer-success manager's user id (1-128 characters); null clears it." })
  csmId?: string | null;

  @Field(() => Float, { nullable: true, description: "Annual recurring revenue, 0 to 999,999,999,999; null clears it." })
  arr?: number | null;
}

@InputType({ description: "A health score measured for an account." })
export class RecordAccountHealthInput {
  @Field(() => ID, { description: "The account measured." })
  accountId!: string;

  @Field(() => Int, { description: "Health score, 0-100." })
  score!: number;

  @Field(() => Date, { nullable: true, description: "When it was measured (default: now); past points may be backfilled." })
  recordedAt?: Date | null;
}
