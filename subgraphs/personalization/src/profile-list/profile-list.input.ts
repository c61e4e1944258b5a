import { Field, InputType, Int } from "type-graphql";

export const MAX_PROFILE_LIST_PAGE = 100;

@InputType({ description: "Which hot leads to list." })
export class HotLeadsFilter {
  @Field(() => Int, { defaultValue: 7, description: "Only customers active within this many days (1-3650)." })
  activeWithinDays!: number;
}

@InputType({ description: "Which stuck leads to list." })
export class StuckLeadsFilter {
  @Field(() => Int, { defaultValue: 14, description: "Only open leads whose stage has not changed for at least this many days (1-3650)." })
  stuckForDays!: number;

  @Field(() => [String], { nullable: true, description: "Only leads in one of these stages (e.g. consideration)." })
  stages?: string[] | null;
}

@InputType({ description: "Which high-intent leads without a site visit to list." })
export class HighIntentFilter {
  @Field(() => Int, { defaultValue: 5, description: "Only customers whose intent score is at least this (0-10)." })
  minIntent!: number;
}

@InputType({ description: "Which repeat viewers to list." })
export class RepeatViewersFilter {
  @Field(() => Int, { defaultValue: 3, description: "Only customers who viewed one item at least this many times (1-1000)." })
  minViews!: number;
}
