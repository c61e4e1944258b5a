import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { AI_TONES, INSIGHT_FREQUENCIES } from "@revgraph/db/vocabulary";
import { enumObject, UserError } from "@revgraph/graph";

/** The GraphQL enums, built from the one list of each (@revgraph/db/vocabulary). */
export const AiTone = enumObject(AI_TONES);
registerEnumType(AiTone, {
  name: "AiTone",
  description: "How the assistant words its explanations to the user.",
  valuesConfig: {
    PROFESSIONAL: { description: "Plain and businesslike." },
    FRIENDLY: { description: "Warm and encouraging." },
    CONCISE: { description: "As short as possible." },
  },
});
export const InsightFrequency = enumObject(INSIGHT_FREQUENCIES);
registerEnumType(InsightFrequency, {
  name: "InsightFrequency",
  description: "How often the user wants insights delivered (read by clients that deliver them).",
  valuesConfig: { REAL_TIME: { description: "As they happen." }, DAILY: { description: "A daily digest." }, WEEKLY: { description: "A weekly digest." } },
});

@ObjectType({ description: "Hours in which the user wants contact work scheduled, in their time zone." })
export class ContactHours {
  @Field(() => Int, { description: "First hour of the window (0-23), local time." })
  startHour!: number;

  @Field(() => Int, { description: "Hour the window closes (1-24), local time; after startHour." })
  endHour!: number;

  @Field(() => String, { description: 'IANA time zone, e.g. "Asia/Kolkata".' })
  timeZone!: string;
}

@ObjectType({ description: "A user's preferences for the assistant; personal to the user, never visible to others." })
export class AiPreferences {
  @Field(() => AiTone, { description: "How explanations are worded (the language model's phrasing of next actions)." })
  tone!: string;

  @Field(() => Boolean, { description: "Show next actions; when false, nextAction is null and nextActions empty, and nextActionsHiddenReason says why." })
  autoSuggestActions!: boolean;

  @Field(() => Boolean, { description: "Whether clients may push suggestions unasked (stored for clients; the graph itself only answers queries)." })
  proactiveSuggestions!: boolean;

  @Field(() => ContactHours, { nullable: true, description: "When set, next actions fall due only within these hours; null: any time." })
  preferredContactHours!: ContactHours | null;

  @Field(() => InsightFrequency, { description: "How often insights are delivered." })
  insightFrequency!: string;

  @Field(() => String, { description: "The user's own instructions to the language model (at most 500 characters); sent only with the user's own requests." })
  customInstructions!: string;

  @Field(() => Boolean, { description: "True until the user saves preferences: these are the defaults." })
  isDefault!: boolean;

  @Field(() => Date, { nullable: true, description: "When the user last changed them; null for the defaults." })
  updatedAt!: Date | null;
}

@ObjectType({ description: "Result of updateAiPreferences: the preferences in force, and the reasons nothing changed if any." })
export class AiPreferencesPayload {
  @Field(() => AiPreferences, { description: "The preferences after the call (unchanged when errors is not empty)." })
  preferences!: AiPreferences;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  errors!: UserError[];
}
