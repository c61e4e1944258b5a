import { Field, Float, ObjectType } from "type-graphql";

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
