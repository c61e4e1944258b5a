import { Field, InputType, Int } from "type-graphql";
import { AiTone, InsightFrequency } from "./ai-preferences.type";

@InputType({ description: "Preferred contact hours [startHour, endHour) in a time zone." })
export class ContactHoursInput {
  @Field(() => Int, { description: "First hour of the window, 0-23." })
  startHour!: number;

  @Field(() => Int, { description: "Hour the window closes, 1-24, after startHour." })
  endHour!: number;

  @Field(() => String, { defaultValue: "UTC", description: 'IANA time zone (default "UTC").' })
  timeZone!: string;
}

@InputType({ description: "A change to the caller's assistant preferences: omitted fields keep their values." })
export class UpdateAiPreferencesInput {
  @Field(() => AiTone, { nullable: true, description: "How explanations are worded." })
  tone?: "PROFESSIONAL" | "FRIENDLY" | "CONCISE" | null;

  @Field(() => Boolean, { nullable: true, description: "Show next actions." })
  autoSuggestActions?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Let clients push suggestions unasked." })
  proactiveSuggestions?: boolean | null;

  @Field(() => ContactHoursInput, { nullable: true, description: "Preferred contact hours; an explicit null clears them." })
  preferredContactHours?: ContactHoursInput | null;

  @Field(() => InsightFrequency, { nullable: true, description: "How often insights are delivered." })
  insightFrequency?: "REAL_TIME" | "DAILY" | "WEEKLY" | null;

  @Field(() => String, { nullable: true, description: "Instructions to the language model, at most 500 characters; an empty string clears them." })
  customInstructions?: string | null;
}
