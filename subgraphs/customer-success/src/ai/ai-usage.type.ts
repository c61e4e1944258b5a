import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";

export enum AiUsageGrouping {
  OPERATION = "OPERATION",
  MODEL = "MODEL",
  DAY = "DAY",
}
registerEnumType(AiUsageGrouping, {
  name: "AiUsageGrouping",
  description: "How aiUsage groups the calls.",
  valuesConfig: {
    OPERATION: { description: "By what the call was for (next-action-reasoning, churn-explanation, …)." },
    MODEL: { description: "By language model." },
    DAY: { description: "By UTC day (YYYY-MM-DD)." },
  },
});

@ObjectType({ description: "Language-model calls of one group, summed over every subgraph that makes them." })
export class AiUsageGroup {
  @Field(() => String, { description: "The operation, model or UTC day." })
  key!: string;

  @Field(() => Int, { description: "Calls." })
  calls!: number;

  @Field(() => Int, { description: "Calls whose answer was used." })
  succeeded!: number;

  @Field(() => Int, { description: "Calls that fell back to the deterministic text (error, timeout or an answer refused)." })
  fallbacks!: number;

  @Field(() => Int, { description: "Prompt tokens." })
  promptTokens!: number;

  @Field(() => Int, { description: "Completion tokens." })
  completionTokens!: number;

  @Field(() => Float, { description: "Estimated cost in US dollars at list prices (calls of unpriced models count 0)." })
  costUsd!: number;

  @Field(() => Float, { description: "Mean latency in milliseconds." })
  meanLatencyMs!: number;
}
