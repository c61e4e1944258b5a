import { Field, ID, Int, ObjectType } from "type-graphql";
import { PageInfo } from "@revgraph/graph";
import { ModelQuality } from "../scoring-model/model-quality.type";
import { ModelLevel } from "../scoring-model/scoring-model.type";

@ObjectType({
  description:
    "One trained model version with its as-of backtest: the model, the team's model and the default weights scored on the same past open leads, so the three lines of a chart compare like with like.",
})
export class ModelMetricsPoint {
  @Field(() => ID, { description: "The stored model's id." })
  id!: string;

  @Field(() => ModelLevel, { description: "ORGANIZATION for the team's model, REP for a rep's own." })
  level!: ModelLevel;

  @Field(() => ID, { nullable: true, description: "The rep whose model it is; null for the team's model." })
  userId!: string | null;

  @Field(() => Int, { description: "Its version among its owner's models (1, 2, …)." })
  version!: number;

  @Field(() => Boolean, { description: "Whether it serves predictions now." })
  active!: boolean;

  @Field(() => Date, { description: "When it was trained." })
  trainedAt!: Date;

  @Field(() => Date, { nullable: true, description: "When it was last made active; null when it never was." })
  activatedAt!: Date | null;

  @Field(() => Int, { description: "Closed leads it was trained on." })
  trainingLeads!: number;

  @Field(() => Int, { description: "Of those, the won ones." })
  trainingWins!: number;

  @Field(() => Int, { description: "Leads open at the backtest's cutoffs that were scored; 0 when there was no backtest (too little history)." })
  backtestLeads!: number;

  @Field(() => Int, { description: "Of those, the leads won within the horizon after their cutoff." })
  backtestWins!: number;

  @Field(() => ModelQuality, { nullable: true, description: "This model on its backtest; null without one." })
  model!: ModelQuality | null;

  @Field(() => ModelQuality, { nullable: true, description: "The team's model on the same leads; null without a backtest." })
  team!: ModelQuality | null;

  @Field(() => ModelQuality, { nullable: true, description: "The default weights (the naive baseline) on the same leads; null without a backtest." })
  default!: ModelQuality | null;
}

@ObjectType({ description: "A model version on a page of the metrics history, with its cursor." })
export class ModelMetricsEdge {
  @Field(() => String, { description: "Pass as `after` to continue after this version." })
  cursor!: string;

  @Field(() => ModelMetricsPoint, { description: "The model version and its metrics." })
  node!: ModelMetricsPoint;
}

@ObjectType({ description: "Model versions with their backtest metrics, oldest first (Relay connection)." })
export class ModelMetricsConnection {
  @Field(() => [ModelMetricsEdge], { description: "The versions on this page with their cursors." })
  edges!: ModelMetricsEdge[];

  @Field(() => [ModelMetricsPoint], { description: "The versions on this page (the edges' nodes)." })
  nodes!: ModelMetricsPoint[];

  @Field(() => PageInfo, { description: "Whether there are more pages." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Versions matching the arguments, across all pages (counted only when asked for)." })
  totalCount!: number;
}
