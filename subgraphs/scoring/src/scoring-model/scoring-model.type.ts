import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "@revgraph/graph";

export enum ModelLevel {
  DEFAULT = "DEFAULT",
  ORGANIZATION = "ORGANIZATION",
  REP = "REP",
}
registerEnumType(ModelLevel, { name: "ModelLevel", description: "Whose data a model learned from: none (the default weights), the team's, or one rep's pooled toward the team's." });

@ObjectType({ description: "One input's weight in a model." })
export class ModelWeight {
  @Field(() => String)
  feature!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Float, { description: "Weight on the standardized input (learned models) or the seed's weight (default model)." })
  weight!: number;
}

@ObjectType({ description: "Quality of a model's probabilities on leads it did not train on." })
export class ModelQuality {
  @Field(() => Float, { nullable: true, description: "Area under the ROC curve; null when the held-out leads are all won or all lost." })
  auc!: number | null;

  @Field(() => Float, { description: "Mean squared error of the probabilities (lower is better)." })
  brier!: number;

  @Field(() => Float, { description: "Mean negative log-likelihood (lower is better)." })
  logLoss!: number;

  @Field(() => Float, { description: "Expected calibration error over 10 bins (lower is better)." })
  calibrationError!: number;
}

@ObjectType({ description: "How a training was judged: every model scored on the same held-out leads." })
export class ModelEvaluation {
  @Field(() => String, { description: "holdout (the latest 20% of closed leads) or cross-validation (small data)." })
  method!: string;

  @Field(() => Int)
  testSize!: number;

  @Field(() => ModelQuality, { nullable: true, description: "The newly trained model." })
  model!: ModelQuality | null;

  @Field(() => ModelQuality, { nullable: true, description: "The model that was active before this training." })
  previous!: ModelQuality | null;

  @Field(() => ModelQuality, { nullable: true, description: "The organization's model." })
  organization!: ModelQuality | null;

  @Field(() => ModelQuality, { nullable: true, description: "The seed's default weights." })
  default!: ModelQuality | null;
}

@ObjectType({ description: "A conversion model: the default weights, the team's model, or a rep's own." })
export class ScoringModel {
  @Field(() => ID, { nullable: true, description: "Null for the default model." })
  id!: string | null;

  @Field(() => Int, { nullable: true, description: "Version per owner, counting up from 1; null for the default model." })
  version!: number | null;

  @Field(() => ModelLevel)
  level!: ModelLevel;

  @Field(() => Boolean, { description: "True when the rep's own closed leads shaped this model." })
  personalized!: boolean;

  @Field(() => Boolean, { description: "Whether this model serves the owner's predictions now." })
  active!: boolean;

  @Field(() => String, { description: "What this model is, in a sentence." })
  message!: string;

  @Field(() => [ModelWeight], { description: "Weights, largest magnitude first." })
  weights!: ModelWeight[];

  @Field(() => Int, { description: "Closed leads of the owner it trained on." })
  sampleSize!: number;

  @Field(() => Int, { description: "Won leads among them." })
  positives!: number;

  @Field(() => Date, { nullable: true })
  trainedAt!: Date | null;

  @Field(() => ModelEvaluation, { nullable: true, description: "Held-out metrics from its training, with the baselines on the same leads." })
  evaluation!: ModelEvaluation | null;

  @Field(() => String, { nullable: true, description: "Why it was or was not activated." })
  notes!: string | null;
}

@ObjectType({ description: "Result of retraining the caller's model." })
export class RetrainScoringModelPayload {
  @Field(() => ScoringModel, { nullable: true })
  model!: ScoringModel | null;

  @Field(() => Boolean, { description: "False when the new model did worse on held-out leads and the previous one stays active." })
  activated!: boolean;

  @Field(() => String)
  reason!: string;

  @Field(() => [ModelWeight])
  oldWeights!: ModelWeight[];

  @Field(() => [ModelWeight])
  newWeights!: ModelWeight[];

  @Field(() => Int)
  sampleSize!: number;

  @Field(() => [String], { description: "What changed, in words." })
  improvements!: string[];

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class ActivateScoringModelPayload {
  @Field(() => ScoringModel, { nullable: true })
  model!: ScoringModel | null;

  @Field(() => [UserError])
  errors!: UserError[];
}
