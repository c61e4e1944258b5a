/** The caller's assistant preferences: reading them (defaults until saved) and changing them, validated whole before anything is written. */
import { MAX_CUSTOM_INSTRUCTIONS } from "@revgraph/db/schema";
import type { AiTone, InsightFrequency } from "@revgraph/db/vocabulary";
import { UserError } from "@revgraph/graph";
import { isTimeZone, type ContactHours } from "./contact-hours";
import type { AiPreferencesRepository, AiPreferencesRow } from "./ai-preferences.repository";

export interface AiPreferencesView {
  tone: AiTone;
  autoSuggestActions: boolean;
  proactiveSuggestions: boolean;
  preferredContactHours: ContactHours | null;
  insightFrequency: InsightFrequency;
  customInstructions: string;
  isDefault: boolean;
  updatedAt: Date | null;
}

/** A partial change: an absent field keeps its value; `preferredContactHours: null` clears the hours. */
export interface AiPreferencesChange {
  tone?: AiTone | null;
  autoSuggestActions?: boolean | null;
  proactiveSuggestions?: boolean | null;
  preferredContactHours?: ContactHours | null;
  insightFrequency?: InsightFrequency | null;
  customInstructions?: string | null;
}

export const DEFAULT_AI_PREFERENCES: AiPreferencesView = {
  tone: "PROFESSIONAL",
  autoSuggestActions: true,
  proactiveSuggestions: true,
  preferredContactHours: null,
  insightFrequency: "DAILY",
  customInstructions: "",
  isDefault: true,
  updatedAt: null,
};

function toView(row: AiPreferencesRow): AiPreferencesView {
  const hours = row.contactStartHour !== null && row.contactEndHour !== null ? { startHour: row.contactStartHour, endHour: row.contactEndHour, timeZone: row.timeZone } : null;
  return {
    tone: row.tone,
    autoSuggestActions: row.autoSuggestActions,
    proactiveSuggestions: row.proactiveSuggestions,
    preferredContactHours: hours,
    insightFrequency: row.insightFrequency,
    customInstructions: row.customInstructions,
    isDefault: false,
    updatedAt: row.updatedAt,
  };
}

/** The problems of a change, each naming its input field; empty when it can be saved. */
export function preferenceProblems(change: AiPreferencesChange): UserError[] {
  const errors: UserError[] = [];
  const hours = change.preferredContactHours;
  if (hours) {
    for (const field of ["startHour", "endHour"] as const) {
      const value = hours[field];
      if (!Number.isInteger(value) || value < 0 || value > 24) {
        errors.push(UserError.of(`input.preferredContactHours.${field}`, "OUT_OF_RANGE", `input.preferredContactHours.${field} must be a whole hour from 0 to 24, got ${value}`));
      }
    }
    if (errors.length === 0 && hours.startHour >= hours.endHour) {
      errors.push(UserError.of("input.preferredContactHours.endHour", "INVALID_RANGE", "input.preferredContactHours.endHour must be after startHour"));
    }
    if (!isTimeZone(hours.timeZone)) {
      errors.push(
        UserError.of(
          "input.preferredContactHours.timeZone",
          "INVALID_VALUE",
          `input.preferredContactHours.timeZone must be an IANA time zone such as "Asia/Kolkata", got "${hours.timeZone.slice(0, 64)}"`,
        ),
      );
    }
  }
  if (change.customInstructions && change.customInstructions.length > MAX_CUSTOM_INSTRUCTIONS) {
    errors.push(
      UserError.of(
        "input.customInstructions",
        "TOO_LONG",
        `input.customInstructions must be at most ${MAX_CUSTOM_INSTRUCTIONS} characters, got ${change.customInstructions.length}`,
      ),
    );
  }
  return errors;
}

export class AiPreferencesService {
  private current?: Promise<AiPreferencesView>;

  constructor(private readonly preferences: AiPreferencesRepository) {}

  /** The caller's preferences (read once per request). */
  get(): Promise<AiPreferencesView> {
    this.current ??= this.preferences.find().then((row) => (row ? toView(row) : DEFAULT_AI_PREFERENCES));
    return this.current;
  }

  async update(change: AiPreferencesChange): Promise<{ preferences: AiPreferencesView; errors: UserError[] }> {
    const errors = preferenceProblems(change);
    if (errors.length > 0) return { preferences: await this.get(), errors };
    const now = await this.get();
    const hours = change.preferredContactHours === undefined ? now.preferredContactHours : change.preferredContactHours;
    const row = await this.preferences.save({
      tone: change.tone ?? now.tone,
      autoSuggestActions: change.autoSuggestActions ?? now.autoSuggestActions,
      proactiveSuggestions: change.proactiveSuggestions ?? now.proactiveSuggestions,
      contactStartHour: hours?.startHour ?? null,
      contactEndHour: hours?.endHour ?? null,
      timeZone: hours?.timeZone ?? "UTC",
      insightFrequency: change.insightFrequency ?? now.insightFrequency,
      customInstructions: (change.customInstructions ?? now.customInstructions).trim(),
    });
    this.current = Promise.resolve(toView(row));
    return { preferences: await this.current, errors: [] };
  }
}
