import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { HEALTH_MEASURES } from "@revgraph/db/vocabulary";
import { enumObject } from "@revgraph/graph";

/** The GraphQL enum, built from the one list (@revgraph/db/vocabulary): the total or a scorecard measure. */
export const HealthMeasure = enumObject(HEALTH_MEASURES);
export type HealthMeasure = (typeof HEALTH_MEASURES)[number];
registerEnumType(HealthMeasure, { name: "HealthMeasure", description: "What a health anomaly is about: TOTAL (the health score) or one ScorecardMeasure." });

export const DEFAULT_ANOMALIES = 10;
export const MAX_ANOMALIES_PAGE = 100;

@ObjectType({
  description:
    "A sudden drop in an account's health or one of its measures against its own last 12 points: robust z-score 0.6745 × (score − median) / MAD (MAD at least 5 points) of −3.5 or lower, and at least 10 points below the median.",
})
export class AccountAnomaly {
  @Field(() => HealthMeasure, { description: "What dropped." })
  measure!: HealthMeasure;

  @Field(() => Float, { description: "The score it dropped to, 0-100." })
  score!: number;

  @Field(() => Float, { description: "The median of the points it was compared with." })
  baseline!: number;

  @Field(() => Float, { description: "The size of the drop in points: baseline − score." })
  drop!: number;

  @Field(() => Float, { description: "The robust z-score of the drop (negative; −3.5 or lower)." })
  zScore!: number;

  @Field(() => Date, { description: "When the recomputation that found it ran." })
  detectedAt!: Date;
}
