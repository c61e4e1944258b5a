import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Lead } from "../lead/lead.type";

export enum Temperature {
  HOT = "HOT",
  WARM = "WARM",
  COLD = "COLD",
}
registerEnumType(Temperature, {
  name: "Temperature",
  description: "How ready a customer is to buy, from engagement + intent (0-20).",
  valuesConfig: {
    HOT: { description: "15 or more: follow up immediately." },
    WARM: { description: "10 up to 15: follow up within 24 hours." },
    COLD: { description: "Below 10: nurture." },
  },
});

export enum InterestLevel {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
}
registerEnumType(InterestLevel, { name: "InterestLevel", description: "How strongly a customer is interested in an item." });

@ObjectType({ description: "What the customer has said they want." })
export class ProfilePreferences {
  @Field(() => Float, { nullable: true, description: "Lowest price they would consider." })
  budgetMin!: number | null;

  @Field(() => Float, { nullable: true, description: "Highest price they would consider." })
  budgetMax!: number | null;

  @Field(() => [String], { description: "Configurations they want, e.g. 2BHK." })
  configurations!: string[];

  @Field(() => [String], { description: "Locations they want, e.g. Whitefield." })
  locations!: string[];

  @Field(() => [String], { description: "Amenities they insist on." })
  mustHaveAmenities!: string[];

  @Field(() => [String], { description: "Amenities they want to avoid." })
  avoidedAmenities!: string[];
}

@ObjectType({ description: "An item (e.g. a property or product) the customer looked at, once per item." })
export class ProfileViewedItem {
  @Field(() => String, { description: "The organization's own id of the item (the catalog item's externalId, its SKU); `item` is the linked catalog item." })
  itemId!: string;

  @Field(() => String, { description: "The item's name when last viewed." })
  name!: string;

  @Field(() => Int, { description: "How many times the customer viewed it." })
  viewCount!: number;

  @Field(() => Date, { description: "When the customer last viewed it." })
  lastViewedAt!: Date;
}

@ObjectType({ description: "An item the customer turned down, and why." })
export class ProfileRejectedItem {
  @Field(() => String, { description: "The organization's own id of the item (the catalog item's externalId, its SKU); `item` is the linked catalog item." })
  itemId!: string;

  @Field(() => String, { description: "The item's name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Why they rejected it, in their words or a reason code." })
  reason!: string | null;

  @Field(() => Date, { description: "When they (last) rejected it." })
  rejectedAt!: Date;
}

@ObjectType({ description: "An item the customer is interested in." })
export class ProfileInterest {
  @Field(() => String, { description: "The organization's own id of the item (the catalog item's externalId, its SKU); `item` is the linked catalog item." })
  itemId!: string;

  @Field(() => String, { description: "The item's name." })
  name!: string;

  @Field(() => InterestLevel, { description: "How strong the interest is (latest recorded)." })
  level!: InterestLevel;
}

@ObjectType({ description: "An objection the customer raised, counted across sessions." })
export class ProfileObjection {
  @Field(() => String, { description: "The kind of objection, e.g. price, location." })
  type!: string;

  @Field(() => Int, { description: "How many times they raised it." })
  count!: number;

  @Field(() => Date, { description: "When they last raised it." })
  lastRaisedAt!: Date;
}

@ObjectType({ description: "One sentiment reading from an interaction." })
export class ProfileSentimentPoint {
  @Field(() => Float, { description: "From -1 (very negative) to 1 (very positive)." })
  score!: number;

  @Field(() => Date, { description: "When it was recorded." })
  recordedAt!: Date;
}

@ObjectType({ description: "A sales stage the customer entered, and when." })
export class ProfileStageChange {
  @Field(() => String, { description: "The stage entered, e.g. consideration." })
  stage!: string;

  @Field(() => Date, { description: "When the customer entered it." })
  enteredAt!: Date;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "What we remember about the customer behind a lead across sessions, and how ready they are to buy." })
export class CustomerProfile {
  @Field(() => ID, { description: "The profile's id." })
  id!: string;

  @Field(() => ID, { description: "The lead this profile belongs to." })
  leadId!: string;

  @Field(() => Lead, { description: "The lead this profile belongs to." })
  lead!: Lead;

  @Field(() => String, { nullable: true, description: "The customer's phone number in E.164 (e.g. +919876543210); null until one was recorded." })
  phone!: string | null;

  @Field(() => ProfilePreferences, { description: "What the customer has said they want." })
  preferences!: ProfilePreferences;

  @Field(() => [ProfileViewedItem], { description: "Items viewed, one entry per item, in the order first viewed." })
  viewedItems!: ProfileViewedItem[];

  @Field(() => [ProfileRejectedItem], { description: "Items rejected, oldest first." })
  rejectedItems!: ProfileRejectedItem[];

  @Field(() => [ProfileInterest], { description: "Items the customer is interested in, oldest first." })
  interests!: ProfileInterest[];

  @Field(() => [ProfileObjection], { description: "Objections raised, one entry per kind." })
  objections!: ProfileObjection[];

  @Field(() => Float, { nullable: true, description: "Average of sentimentHistory (-1..1); null when no sentiment was recorded." })
  sentiment!: number | null;

  @Field(() => [ProfileSentimentPoint], { description: "Sentiment readings, oldest first (the most recent 100 are kept)." })
  sentimentHistory!: ProfileSentimentPoint[];

  @Field(() => Float, {
    nullable: true,
    description:
      "The latest frustration reading, from 0 (calm) to 1 (very frustrated), as recorded with an interaction (seed 001 tracks it with sentiment); null until one was recorded. See frustrationRecordedAt for how old it is.",
  })
  frustrationLevel!: number | null;

  @Field(() => Date, { nullable: true, description: "When frustrationLevel was recorded; null until one was." })
  frustrationRecordedAt!: Date | null;

  @Field(() => Int, { description: "Sessions (visits, conversations) the customer has had." })
  totalSessions!: number;

  @Field(() => Int, { description: "Site visits the customer has scheduled." })
  siteVisitsScheduled!: number;

  @Field(() => Int, { description: "Callbacks the customer has requested." })
  callbacksRequested!: number;

  @Field(() => Int, { description: "Brochures the customer has downloaded." })
  brochuresDownloaded!: number;

  @Field(() => String, { nullable: true, description: "Sales stage the customer is in, e.g. consideration." })
  currentStage!: string | null;

  @Field(() => [ProfileStageChange], { description: "Every stage the customer entered, oldest first (the last is currentStage; the most recent 100 are kept)." })
  stageHistory!: ProfileStageChange[];

  @Field(() => Date, { nullable: true, description: "When currentStage last changed; null when no stage was recorded." })
  stageChangedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "When the customer was last active." })
  lastActiveAt!: Date | null;

  @Field(() => Float, {
    description:
      "Engagement, 0-10 (unrounded): min(3, sessions/2) + min(3, distinct items viewed/5) + min(2, interests) + min(2, average sentiment + 1), where no sentiment counts as 0.",
  })
  engagementScore!: number;

  @Field(() => Float, {
    description: "Intent to buy, 0-10 (unrounded): min(3, interests × 1.5) + 3 if a site visit was scheduled + 2 if a callback was requested + min(2, sessions/3).",
  })
  intentScore!: number;

  @Field(() => Temperature, { description: "HOT when engagementScore + intentScore ≥ 15, WARM when ≥ 10, else COLD." })
  temperature!: Temperature;

  @Field(() => Date, { description: "When the profile was created." })
  createdAt!: Date;
}
