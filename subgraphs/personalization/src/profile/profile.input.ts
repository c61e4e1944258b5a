import { Field, Float, ID, InputType } from "type-graphql";
import { InterestLevel } from "./profile.type";

@InputType({ description: "An item (e.g. a property) the customer viewed." })
export class ProfileItemInput {
  @Field(() => String, { description: "The catalog's id of the item (1-200 characters)." })
  itemId!: string;

  @Field(() => String, { description: "The item's name (1-200 characters)." })
  name!: string;
}

@InputType({ description: "An item the customer turned down." })
export class ProfileRejectedItemInput {
  @Field(() => String, { description: "The catalog's id of the item (1-200 characters)." })
  itemId!: string;

  @Field(() => String, { description: "The item's name (1-200 characters)." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Why they rejected it (up to 500 characters)." })
  reason?: string | null;
}

@InputType({ description: "An item the customer is interested in; repeating it updates the level." })
export class ProfileInterestInput {
  @Field(() => String, { description: "The catalog's id of the item (1-200 characters)." })
  itemId!: string;

  @Field(() => String, { description: "The item's name (1-200 characters)." })
  name!: string;

  @Field(() => InterestLevel, { description: "How strong the interest is." })
  level!: InterestLevel;
}

@InputType({ description: "Preferences to merge in: list values are added (without duplicates); a budget given replaces the old one, null clears it." })
export class ProfilePreferencesInput {
  @Field(() => Float, { nullable: true, description: "Lowest price they would consider (≥ 0)." })
  budgetMin?: number | null;

  @Field(() => Float, { nullable: true, description: "Highest price they would consider (≥ budgetMin)." })
  budgetMax?: number | null;

  @Field(() => [String], { nullable: true, description: "Configurations to add, e.g. 2BHK." })
  configurations?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Locations to add." })
  locations?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Must-have amenities to add." })
  mustHaveAmenities?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Amenities to avoid, to add." })
  avoidedAmenities?: string[] | null;
}

@InputType({ description: "Something that happened with the customer behind a lead. Every part is optional; all parts are applied together, or none." })
export class RecordProfileInteractionInput {
  @Field(() => ID, { description: "The lead (of the caller's organization) whose profile to update; the profile is created on first use." })
  leadId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The customer's phone number, replacing the one remembered: at most 32 characters, an international number (+ or 00, the country code, the number; 8-15 digits in all) where spaces, dots, hyphens and parentheses are allowed; stored in E.164, e.g. +919876543210.",
  })
  phone?: string | null;

  @Field(() => ProfileItemInput, {
    nullable: true,
    description: "An item they viewed: its view count goes up by one; at 3 views it becomes a HIGH interest unless they rejected it.",
  })
  viewedItem?: ProfileItemInput | null;

  @Field(() => ProfileRejectedItemInput, { nullable: true, description: "An item they rejected (removes it from their interests)." })
  rejectedItem?: ProfileRejectedItemInput | null;

  @Field(() => ProfileInterestInput, { nullable: true, description: "An item they are interested in (lifts an earlier rejection)." })
  interest?: ProfileInterestInput | null;

  @Field(() => String, { nullable: true, description: "An objection they raised, e.g. price (1-100 characters); its count goes up by one." })
  objection?: string | null;

  @Field(() => Float, { nullable: true, description: "Sentiment of this interaction, from -1 to 1." })
  sentiment?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "How frustrated the customer was in this interaction, from 0 (calm) to 1 (very frustrated), as the conversation's analysis rated it; replaces the last reading.",
  })
  frustration?: number | null;

  @Field(() => ProfilePreferencesInput, { nullable: true, description: "Preferences to merge in." })
  preferences?: ProfilePreferencesInput | null;

  @Field(() => String, { nullable: true, description: "The sales stage they are now in (1-50 characters); a change is added to the stage history." })
  currentStage?: string | null;

  @Field(() => Boolean, { nullable: true, description: "True when this starts a new session (visit or conversation)." })
  newSession?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "True when they scheduled a site visit." })
  siteVisitScheduled?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "True when they requested a callback." })
  callbackRequested?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "True when they downloaded a brochure." })
  brochureDownloaded?: boolean | null;
}
