import { Directive, Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";

export enum PredictionKind {
  CONVERSION = "CONVERSION",
}
registerEnumType(PredictionKind, { name: "PredictionKind", description: "What a prediction is about." });

export enum Confidence {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
}
registerEnumType(Confidence, { name: "Confidence", description: "How much data and certainty stand behind a prediction." });

@ObjectType({ description: "One input's part in a prediction." })
export class PredictionFactor {
  @Field(() => String, { description: "Feature name, e.g. activity.PROPERTY_VIEW." })
  name!: string;

  @Field(() => String, { description: "Human label, e.g. property views." })
  label!: string;

  @Field(() => Float, { nullable: true, description: "The lead's value of this input in human units (a count, days, a score); null when it has none." })
  value!: number | null;

  @Field(() => Float, { description: "The model's weight on this input." })
  weight!: number;

  @Field(() => Float, { description: "The input's effect on this prediction (positive raises it); factors are listed largest first." })
  contribution!: number;
}

@Directive('@key(fields: "id")')
/** `factors` is resolved apart (prediction.resolver.ts), so that reading a probability never reads them. */
@ObjectType({ description: "A model's estimate about a lead, with the factors behind it." })
export class Prediction {
  @Field(() => ID, { description: "The stored prediction's id (one per lead and model)." })
  id!: string;

  @Field(() => PredictionKind, { description: "What it predicts." })
  kind!: PredictionKind;

  @Field(() => ID, { description: "The lead it is about." })
  leadId!: string;

  @Field(() => Float, { description: "Probability between 0 and 1." })
  probability!: number;

  @Field(() => Confidence, {
    description:
      "LOW when fewer than 10 leads of the rarer outcome stand behind the model, its 90% interval is wider than 0.4, or the default weights made it; HIGH with at least 30, an interval at most 0.2 wide and a probability at most 0.3 or at least 0.7; MEDIUM otherwise.",
  })
  confidence!: Confidence;

  @Field(() => Boolean, {
    description:
      "True when the model serving the requesting rep is their own and measurably differs from the team's (its log-odds on the rep's leads differ by at least 0.25, root mean square).",
  })
  personalized!: boolean;

  @Field(() => String, { description: "Why, in one or two plain sentences with the numbers." })
  reasoning!: string;

  @Field(() => String, { description: "The model that made it, e.g. default, org-v3, rep-v2." })
  modelVersion!: string;

  @Field(() => Date, { description: "When it was computed; it is recomputed when the lead or the model changes, and after six hours." })
  predictedAt!: Date;
}
