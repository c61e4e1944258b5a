import { Field, Float, Int, ObjectType } from "type-graphql";
import { ModelQuality } from "./model-quality.type";

@ObjectType({ description: "One bin of a reliability table: leads whose predicted probability fell in [from, to), and how often they were won." })
export class CalibrationBin {
  @Field(() => Float, { description: "Lower end of the bin's predicted probabilities (0-1)." })
  from!: number;

  @Field(() => Float, { description: "Upper end of the bin's predicted probabilities (0-1)." })
  to!: number;

  @Field(() => Int, { description: "Leads in the bin." })
  count!: number;

  @Field(() => Float, { description: "Mean predicted probability of the bin's leads." })
  meanPredicted!: number;

  @Field(() => Float, { description: "Share of the bin's leads won within the horizon." })
  observedRate!: number;
}

@ObjectType({ description: "One decile of the backtest's leads ranked by predicted probability, against the overall outcome rate." })
export class LiftDecile {
  @Field(() => Int, { description: "1 for the tenth of leads with the highest probabilities, 10 for the lowest." })
  decile!: number;

  @Field(() => Int, { description: "Leads in the decile." })
  count!: number;

  @Field(() => Float, { description: "Mean predicted probability of its leads." })
  meanPredicted!: number;

  @Field(() => Float, { description: "Share of its leads won within the horizon." })
  observedRate!: number;

  @Field(() => Float, { nullable: true, description: "observedRate ÷ the rate over all scored leads (2 = twice as likely as average); null when none was won." })
  lift!: number | null;

  @Field(() => Float, { nullable: true, description: "Share of all wins found in this decile and the ones above it; null when none was won." })
  cumulativeShareOfWins!: number | null;
}

@ObjectType({ description: "A past date the backtest stood at: a model trained on what was known then scored the leads open then." })
export class BacktestCutoff {
  @Field(() => Date, { description: "The cutoff: only what was known by then trained the model." })
  at!: Date;

  @Field(() => Int, { description: "Leads open at this date that were scored." })
  openLeads!: number;

  @Field(() => Int, { description: "Leads behind the model trained at this date." })
  trainingLeads!: number;
}

@ObjectType({ description: "Backtest figures of one group of leads (all, or one age band): every model scored on the same leads." })
export class BacktestScores {
  @Field(() => String, { description: "The leads' age at the cutoff: all, 0-2 days, 3-14 days, 15-60 days or over 60 days." })
  band!: string;

  @Field(() => Int, { description: "Leads scored (summed over the cutoffs)." })
  leads!: number;

  @Field(() => Int, { description: "Of them, won within the horizon after their cutoff." })
  won!: number;

  @Field(() => Float, { description: "Mean probability the evaluated model gave them." })
  meanProbability!: number;

  @Field(() => Float, { description: "Share of them actually won within the horizon." })
  observedRate!: number;

  @Field(() => ModelQuality, { nullable: true, description: "The evaluated model (the rep's, or the team's for a team model), trained at each cutoff." })
  model!: ModelQuality | null;

  @Field(() => ModelQuality, { nullable: true, description: "The team's model trained at each cutoff." })
  organization!: ModelQuality | null;

  @Field(() => ModelQuality, { nullable: true, description: "The seed's default weights." })
  default!: ModelQuality | null;

  @Field(() => ModelQuality, { nullable: true, description: "The model active before this training (it may have seen some of these outcomes)." })
  previous!: ModelQuality | null;
}

@ObjectType({
  description:
    "The as-of backtest: what the model would have told you about your open leads at past dates, against what happened next. At each cutoff (when 60%, 70% and 80% of the outcomes older than the horizon had happened) a model is trained on what was known then and scores every lead open then; a lead counts as won if it was won within the horizon after the cutoff.",
})
export class ModelBacktest {
  @Field(() => Int, { description: "Days after a cutoff within which a win counts: the probability a lead shows is of a win within this many days." })
  horizonDays!: number;

  @Field(() => [BacktestCutoff], { description: "The past dates the backtest stood at." })
  cutoffs!: BacktestCutoff[];

  @Field(() => BacktestScores, { description: "All scored leads." })
  overall!: BacktestScores;

  @Field(() => [BacktestScores], { description: "By the lead's age at the cutoff." })
  byAge!: BacktestScores[];

  @Field(() => [CalibrationBin], { description: "Reliability table of the evaluated model over all scored leads." })
  calibration!: CalibrationBin[];

  @Field(() => [LiftDecile], {
    description: "Lift by probability decile of the evaluated model over all scored leads, highest decile first; empty for models trained before it was kept.",
  })
  lift!: LiftDecile[];
}
