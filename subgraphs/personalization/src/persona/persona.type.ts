import { Field, Float, Int, ObjectType } from "type-graphql";
import { GroupRoi } from "../segment/roi.type";

@ObjectType({ description: "A trait of a persona: one behavioural feature where its members differ from the organization's average." })
export class PersonaTrait {
  @Field(() => String, { description: "The feature, e.g. siteVisits or daysSinceActive." })
  feature!: string;

  @Field(() => String, { description: "How the trait reads, e.g. site visitors or gone quiet." })
  label!: string;

  @Field(() => Float, { description: "Strength: the persona's centroid minus the average, in standard deviations of the (log) feature; positive is above average." })
  strength!: number;

  @Field(() => Float, { description: "The members' average in the feature's own unit (when the model was fitted)." })
  average!: number;

  @Field(() => Float, { description: "Everyone's average in the feature's own unit." })
  overallAverage!: number;

  @Field(() => String, { description: "The feature's unit, e.g. site visits." })
  unit!: string;
}

@ObjectType({ description: "A persona: a group of customers who behave alike, learned by k-means clustering of behavioural features and named from its centroid." })
export class Persona {
  @Field(() => Int, { description: "Its index in the organization's current model, largest persona first." })
  index!: number;

  @Field(() => String, { description: "A name generated from its two strongest traits." })
  name!: string;

  @Field(() => String, { description: "A description generated from its strongest traits with the numbers behind them." })
  description!: string;

  @Field(() => Int, { description: "Profiles in it when the model was fitted." })
  size!: number;

  @Field(() => Float, { description: "Its share of the profiles when the model was fitted, 0-1." })
  share!: number;

  @Field(() => [PersonaTrait], { description: "Every feature as a trait, strongest (largest |strength|) first." })
  traits!: PersonaTrait[];

  @Field(() => GroupRoi, { nullable: true, description: "What its current members are worth: purchases, conversion rate, average lifetime value." })
  roi!: GroupRoi | null;
}

@ObjectType({ description: "How k was chosen: the mean silhouette of the clustering with k personas." })
export class PersonaSilhouette {
  @Field(() => Int, { description: "The number of personas tried." })
  k!: number;

  @Field(() => Float, { description: "Mean silhouette (-1..1) on a fixed sample of up to 800 profiles; higher separates better." })
  silhouette!: number;
}

@ObjectType({ description: "The organization's personas and how they were learned." })
export class PersonaSet {
  @Field(() => [Persona], { description: "The personas, largest first." })
  personas!: Persona[];

  @Field(() => Int, { description: "How many personas: the k from 2 to 8 with the highest silhouette." })
  k!: number;

  @Field(() => [PersonaSilhouette], { description: "The silhouette of every k tried." })
  silhouettes!: PersonaSilhouette[];

  @Field(() => Int, { description: "Profiles the model was fitted on." })
  profiles!: number;

  @Field(() => Date, { description: "When the model was fitted (refitted when the number of profiles changes or after a day)." })
  fittedAt!: Date;
}
