import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";

export enum SeasonalityMetric {
  LEAD_VOLUME = "LEAD_VOLUME",
  CONVERSION_RATE = "CONVERSION_RATE",
}
registerEnumType(SeasonalityMetric, {
  name: "SeasonalityMetric",
  description: "What a seasonality series measures per month (UTC).",
  valuesConfig: {
    LEAD_VOLUME: { description: "Leads created in the month." },
    CONVERSION_RATE: { description: "Of the leads closed in the month (by close time), the share won; null in a month without closes." },
  },
});

@ObjectType({ description: "One month of a seasonality series with its decomposition." })
export class SeasonalMonth {
  @Field(() => String, { description: "The month, YYYY-MM in UTC." })
  month!: string;

  @Field(() => Float, { nullable: true, description: "The metric's value; null for a conversion rate in a month without closes." })
  value!: number | null;

  @Field(() => Int, { description: "What the value is counted from: leads created (LEAD_VOLUME) or leads closed (CONVERSION_RATE)." })
  count!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Trend: the centred 12-month moving average; null for the first and last six months of the decomposed run, or without a decomposition.",
  })
  trend!: number | null;

  @Field(() => Float, { nullable: true, description: "The seasonal index of this month of year (1 = an average month, 1.2 = 20% above the trend); null without a decomposition." })
  seasonalIndex!: number | null;

  @Field(() => Float, { nullable: true, description: "value − trend × seasonalIndex, in the metric's units; null where the trend is." })
  residual!: number | null;
}

@ObjectType({ description: "The seasonal index of one month of the year." })
export class MonthOfYearIndex {
  @Field(() => Int, { description: "Month of the year, 1 = January." })
  month!: number;

  @Field(() => Float, { description: "Mean of value ÷ trend in this month of the year, normalised so the twelve average 1." })
  index!: number;
}

@ObjectType({ description: "A forecast month with its interval." })
export class SeasonalForecast {
  @Field(() => String, { description: "The month forecast, YYYY-MM in UTC: the current month and the two after it." })
  month!: string;

  @Field(() => Float, { description: "The trend line extended to this month × its seasonal index (clipped to the metric's range)." })
  value!: number;

  @Field(() => Float, {
    description:
      "Lower end of the 95% interval: value − Student's t × the standard deviation of the forecast's error, which adds the month's noise (scaled to its level; for lead volumes at least Poisson) to the error of the estimated trend line and seasonal index, all from the months before the forecast (95–96% of actuals fell inside in the rolling-origin benchmark). Clipped to the metric's range.",
  })
  low!: number;

  @Field(() => Float, { description: "Upper end of the 95% interval, value + the same spread (clipped to the metric's range)." })
  high!: number;
}

@ObjectType({ description: "A monthly series, its classical seasonal decomposition and a 3-month forecast. Reps see their own leads; managers and admins the organization." })
export class Seasonality {
  @Field(() => SeasonalityMetric, { description: "What the series measures." })
  metric!: SeasonalityMetric;

  @Field(() => String, { nullable: true, description: "The lead source it is limited to; null for every source." })
  source!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The catalog category it is limited to (the category of the item each lead first showed interest in: its earliest offer or purchase); null for every lead.",
  })
  category!: string | null;

  @Field(() => [SeasonalMonth], { description: "The complete months asked for, oldest first, starting at the first month with data." })
  series!: SeasonalMonth[];

  @Field(() => [MonthOfYearIndex], { nullable: true, description: "The twelve seasonal indices, January first; null when there are fewer than 24 consecutive months with data." })
  seasonalIndices!: MonthOfYearIndex[] | null;

  @Field(() => [SeasonalForecast], { description: "The next three months; empty without a decomposition." })
  forecast!: SeasonalForecast[];

  @Field(() => Float, { nullable: true, description: "Standard deviation of the residuals, in the metric's units; null without a decomposition." })
  residualSd!: number | null;

  @Field(() => String, { nullable: true, description: "Why there is no decomposition or forecast, when there is none." })
  note!: string | null;
}
