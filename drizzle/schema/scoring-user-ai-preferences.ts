import { sql } from "drizzle-orm";
import { boolean, check, integer, primaryKey, text } from "drizzle-orm/pg-core";
import { organizationId, scoringSchema, updatedAt } from "./_helpers";
import type { AiTone, InsightFrequency } from "./vocabulary";

/** The most characters of a user's custom instructions to the assistant. */
export const MAX_CUSTOM_INSTRUCTIONS = 500;

/**
 * A user's preferences for the assistant, personal to the user within their organization (a user
 * without a row has the defaults). Scoring keeps them because the behaviour they change is here:
 * next actions (shown or not, due within contact hours) and the language model's wording.
 */
export const userAiPreferences = scoringSchema.table(
  "user_ai_preferences",
  {
    organizationId: organizationId(),
    userId: text().notNull(),
    tone: text().$type<AiTone>().notNull(),
    autoSuggestActions: boolean().notNull(),
    proactiveSuggestions: boolean().notNull(),
    /** Preferred contact hours [start, end) in the user's time zone; both null when not set. */
    contactStartHour: integer(),
    contactEndHour: integer(),
    timeZone: text().notNull(),
    insightFrequency: text().$type<InsightFrequency>().notNull(),
    customInstructions: text().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.userId] }),
    check(
      "user_ai_preferences_contact_hours_check",
      sql`(${t.contactStartHour} is null and ${t.contactEndHour} is null) or (${t.contactStartHour} >= 0 and ${t.contactStartHour} < ${t.contactEndHour} and ${t.contactEndHour} <= 24)`,
    ),
    check("user_ai_preferences_custom_instructions_check", sql`char_length(${t.customInstructions}) <= 500`),
  ],
);
