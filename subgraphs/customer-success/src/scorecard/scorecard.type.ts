import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "@revgraph/graph";
import { ScorecardMeasure } from "../account/account.type";

@ObjectType({ description: "A measure of the scorecard and its weight." })
export class ScorecardMeasureWeight {
  @Field(() => ScorecardMeasure, { description: "The measure (its formula is in the enum's description)." })
  measure!: ScorecardMeasure;

  @Field(() => Float, { description: "Its weight, 0-100; health is the weighted mean of the measures." })
  weight!: number;
}

@ObjectType({ description: "How the organization computes account health from signals: named measures with weights." })
export class Scorecard {
  @Field(() => [ScorecardMeasureWeight], { description: "The measures weighed, in the order set." })
  measures!: ScorecardMeasureWeight[];

  @Field(() => Boolean, { description: "True while the organization has not set its own scorecard and uses the default." })
  isDefault!: boolean;

  @Field(() => Date, { nullable: true, description: "When it was last changed; null for the default." })
  updatedAt!: Date | null;
}

@InputType({ description: "A measure and its weight." })
export class ScorecardMeasureInput {
  @Field(() => ScorecardMeasure, { description: "The measure; each at most once." })
  measure!: ScorecardMeasure;

  @Field(() => Float, { description: "Weight, 0-100; at least one measure needs a positive weight." })
  weight!: number;
}

@InputType({ description: "The organization's new scorecard; measures not listed are not weighed." })
export class UpdateScorecardInput {
  @Field(() => [ScorecardMeasureInput], { description: "The measures to weigh." })
  measures!: ScorecardMeasureInput[];
}

@ObjectType({ description: "Result of updateScorecard: the scorecard and how many accounts were rescored, or the reasons nothing changed." })
export class UpdateScorecardPayload {
  @Field(() => Scorecard, { nullable: true, description: "The scorecard after the call; null when errors is not empty." })
  scorecard!: Scorecard | null;

  @Field(() => Int, { description: "How many accounts (those with signals) got a new health point." })
  recomputedCount!: number;

  @Field(() => [UserError], { description: "Why the input was rejected; empty on success." })
  errors!: UserError[];
}
