import { doublePrecision, index, integer, jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, personalizationSchema, updatedAt } from "./_helpers";

export interface ProfilePreferences {
  budgetMin?: number;
  budgetMax?: number;
  configurations: string[];
  locations: string[];
  mustHaveAmenities: string[];
  avoidedAmenities: string[];
}
export interface ViewedItem {
  itemId: string;
  name: string;
  viewCount: number;
  lastViewedAt: string;
}
export interface RejectedItem {
  itemId: string;
  name: string;
  reason?: string;
  rejectedAt: string;
}
export interface Interest {
  itemId: string;
  name: string;
  level: "LOW" | "MEDIUM" | "HIGH";
}
export interface Objection {
  type: string;
  count: number;
  lastRaisedAt: string;
}
export interface SentimentPoint {
  score: number;
  at: string;
}
/** One entry per change of the sales stage, oldest first: the stage entered and when. */
export interface StageChange {
  stage: string;
  at: string;
}

/** What we remember about the customer behind a lead, across sessions. */
export const customerProfiles = personalizationSchema.table(
  "customer_profiles",
  {
    id: id(),
    organizationId: organizationId(),
    leadId: uuid().notNull(),
    /** The customer's phone number in E.164 (+ and 8-15 digits), normalized from what was recorded. */
    phone: text(),
    preferences: jsonb().$type<ProfilePreferences>().notNull(),
    viewedItems: jsonb().$type<ViewedItem[]>().notNull().default([]),
    rejectedItems: jsonb().$type<RejectedItem[]>().notNull().default([]),
    interests: jsonb().$type<Interest[]>().notNull().default([]),
    objections: jsonb().$type<Objection[]>().notNull().default([]),
    sentimentHistory: jsonb().$type<SentimentPoint[]>().notNull().default([]),
    /** The latest frustration reading of an interaction, 0 (calm) to 1 (very frustrated), as recorded. */
    frustrationLevel: doublePrecision(),
    frustrationRecordedAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
    totalSessions: integer().notNull().default(0),
    siteVisitsScheduled: integer().notNull().default(0),
    callbacksRequested: integer().notNull().default(0),
    brochuresDownloaded: integer().notNull().default(0),
    currentStage: text(),
    /** Every stage the customer entered, with when (the last entry is currentStage). */
    stageHistory: jsonb().$type<StageChange[]>().notNull().default([]),
    /** When currentStage last changed (the "stuck leads" list filters on it). */
    stageChangedAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
    lastActiveAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("customer_profiles_org_lead_idx").on(t.organizationId, t.leadId), index("customer_profiles_org_active_idx").on(t.organizationId, t.lastActiveAt)],
);
