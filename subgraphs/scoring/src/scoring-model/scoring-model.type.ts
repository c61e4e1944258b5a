import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ModelBacktest } from "./backtest.type";
import { ModelQuality } from "./model-quality.type";
import { UserError, upperCaseEnumObject } from "@revgraph/graph";
import { MODEL_LEVELS } from "@revgraph/db/vocabulary";

export const ModelLevel = upperCaseEnumObject(MODEL_LEVELS);
export type ModelLevel = (typeof MODEL_LEVELS)[number];
registerEnumType(ModelLevel, {
  name: "ModelLevel",
  description: "Whose data a model learned from: none (the default weights), the team's, or one rep's pooled toward the team's.",
});

@ObjectType({ description: "One input's weight in a model." })
export class ModelWeight {
  @Field(() => String, { description: "Feature name, e.g. activity.PROPERTY_VIEW." })
  feature!: string;

  @Field(() => String, { description: "Human label, e.g. property views." })
  label!: string;

  @Field(() => Float, { description: "Weight on the standardized input (learned models) or the seed's weight (default model)." })
  weight!: number;
}

@ObjectType({
  description:
    "How a training was judged: the as-of backtest on leads open at past dates (what decides activation), and a closed-lead holdout; every model scored on the same leads.",
})
export class ModelEvaluation {
  @Field(() => ModelBacktest, { nullable: true, description: "The as-of backtest (null for models trained before it existed)." })
  backtest!: ModelBacktest | null;

  @Field(() => String, { description: "The closed-lead check below: holdout (the landmark rows of the latest 20% of leads by creation) or cross-validation (small data)." })
  method!: string;

  @Field(() => Int, { description: "Landmark rows in the closed-lead check." })
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

  @Field(() => ModelLevel, { description: "Whose data it learned from." })
  level!: ModelLevel;

  @Field(() => Boolean, {
    description:
      "True when the rep's own outcomes moved this model measurably away from the team's: its log-odds on the rep's own leads differ from the team model's by at least 0.25 (root mean square, about six points at 50%).",
  })
  personalized!: boolean;

  @Field(() => Boolean, { description: "Whether this model serves the owner's predictions now." })
  active!: boolean;

  @Field(() => String, { description: "What this model is, in a sentence." })
  message!: string;

  @Field(() => [ModelWeight], { description: "Weights, largest magnitude first." })
  weights!: ModelWeight[];

  @Field(() => Int, { description: "Leads of the owner it trained on (each as it stood at the ages it was open)." })
  sampleSize!: number;

  @Field(() => Int, { description: "Of them, won within the horizon of a snapshot." })
  positives!: number;

  @Field(() => Date, { nullable: true, description: "When it was trained; null for the default model." })
  trainedAt!: Date | null;

  @Field(() => ModelEvaluation, { nullable: true, description: "Held-out metrics from its training, with the baselines on the same leads." })
  evaluation!: ModelEvaluation | null;

  @Field(() => String, { nullable: true, description: "Why it was or was not activated." })
  notes!: string | null;
}

@ObjectType({ description: "Result of retraining the caller's model." })
export class RetrainScoringModelPayload {
  @Field(() => ScoringModel, { nullable: true, description: "The newly trained model, activated or not; null when the caller has no won or lost leads yet or training failed." })
  model!: ScoringModel | null;

  @Field(() => Boolean, { description: "False when the new model did worse on held-out leads and the previous one stays active." })
  activated!: boolean;

  @Field(() => String, { description: "Why the new model was or was not activated, or why none was trained; empty when training failed." })
  reason!: string;

  @Field(() => [ModelWeight], { description: "The weights serving the caller before: their previous model's, else the team's, else the default." })
  oldWeights!: ModelWeight[];

  @Field(() => [ModelWeight], { description: "The new model's weights (the team's when the caller has no won or lost leads yet; the old ones when training failed)." })
  newWeights!: ModelWeight[];

  @Field(() => Int, { description: "Leads the new model trained on; 0 when none was trained." })
  sampleSize!: number;

  @Field(() => [String], { description: "What changed, in words." })
  improvements!: string[];

  @Field(() => [UserError], { description: "Why no model was trained (NO_TRAINING_DATA, TRAINING_FAILED); empty otherwise." })
  errors!: UserError[];
}

@ObjectType({ description: "Result of activateScoringModel: the model now serving the caller, or why nothing changed." })
export class ActivateScoringModelPayload {
  @Field(() => ScoringModel, { nullable: true, description: "The model now active; null when errors is not empty." })
  model!: ScoringModel | null;

  @Field(() => [UserError], { description: "Why nothing changed, e.g. NOT_FOUND when the caller has no model with that version; empty on success." })
  errors!: UserError[];
}
