/**
 * Merges one recorded interaction into what a profile remembers. Pure: the caller passes `now`.
 * Latest signal wins: rejecting an item drops it from the interests, and marking an interest
 * lifts an earlier rejection. Lists are keyed by item id (objections by type), so nothing repeats.
 * An item viewed REPEAT_VIEW_THRESHOLD times or more becomes a HIGH interest (seed 001's repeat
 * viewers), unless the customer rejected it; a stage change is appended to the stage history.
 * A phone number replaces the old one (in E.164); a frustration reading replaces the last one.
 */
import { UserError } from "@revgraph/graph";
import { normalizePhone } from "./phone";
import type { Interest, Objection, ProfilePreferences, RejectedItem, SentimentPoint, StageChange, ViewedItem } from "@revgraph/db/schema";

/** At most this many distinct viewed, rejected, interesting items and objection types each. */
export const MAX_REMEMBERED = 500;
/** At most this many values in each preference list. */
export const MAX_PREFERENCE_VALUES = 50;
/** Only the most recent sentiment points are kept (the sentiment is their average). */
export const SENTIMENT_HISTORY_LIMIT = 100;
/** Views of one item that make it a HIGH interest. */
export const REPEAT_VIEW_THRESHOLD = 3;
/** Only the most recent stage changes are kept. */
export const STAGE_HISTORY_LIMIT = 100;

export interface ProfileState {
  phone: string | null;
  preferences: ProfilePreferences;
  viewedItems: ViewedItem[];
  rejectedItems: RejectedItem[];
  interests: Interest[];
  objections: Objection[];
  sentimentHistory: SentimentPoint[];
  frustrationLevel: number | null;
  frustrationRecordedAt: Date | null;
  totalSessions: number;
  siteVisitsScheduled: number;
  callbacksRequested: number;
  brochuresDownloaded: number;
  currentStage: string | null;
  stageHistory: StageChange[];
  stageChangedAt: Date | null;
  lastActiveAt: Date | null;
}

type PreferenceList = "configurations" | "locations" | "mustHaveAmenities" | "avoidedAmenities";
export const PREFERENCE_LISTS: readonly PreferenceList[] = ["configurations", "locations", "mustHaveAmenities", "avoidedAmenities"];

/** One interaction; omitted (undefined or null) parts change nothing, except an explicit null budget, which clears it. */
export interface ProfileInteraction {
  leadId: string;
  phone?: string | null;
  viewedItem?: { itemId: string; name: string } | null;
  rejectedItem?: { itemId: string; name: string; reason?: string | null } | null;
  interest?: { itemId: string; name: string; level: Interest["level"] } | null;
  objection?: string | null;
  sentiment?: number | null;
  frustration?: number | null;
  preferences?: ({ budgetMin?: number | null; budgetMax?: number | null } & Partial<Record<PreferenceList, string[] | null>>) | null;
  currentStage?: string | null;
  newSession?: boolean | null;
  siteVisitScheduled?: boolean | null;
  callbackRequested?: boolean | null;
  brochureDownloaded?: boolean | null;
}

export type MergeResult = { state: ProfileState; errors: [] } | { state: null; errors: UserError[] };

export function emptyProfileState(): ProfileState {
  return {
    phone: null,
    preferences: { configurations: [], locations: [], mustHaveAmenities: [], avoidedAmenities: [] },
    viewedItems: [],
    rejectedItems: [],
    interests: [],
    objections: [],
    sentimentHistory: [],
    frustrationLevel: null,
    frustrationRecordedAt: null,
    totalSessions: 0,
    siteVisitsScheduled: 0,
    callbacksRequested: 0,
    brochuresDownloaded: 0,
    currentStage: null,
    stageHistory: [],
    stageChangedAt: null,
    lastActiveAt: null,
  };
}

/** Adds values not already present (case-insensitively), keeping the first spelling seen. */
export function unionValues(current: readonly string[], added: readonly string[]): string[] {
  const seen = new Set(current.map((v) => v.toLowerCase()));
  const result = [...current];
  for (const raw of added) {
    const value = raw.trim();
    if (seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    result.push(value);
  }
  return result;
}

export function mergeInteraction(current: ProfileState, input: ProfileInteraction, now: Date): MergeResult {
  const at = now.toISOString();
  const s: ProfileState = structuredClone(current);
  s.lastActiveAt = now;

  if (input.viewedItem) {
    const { itemId, name } = input.viewedItem;
    const seen = s.viewedItems.find((item) => item.itemId === itemId);
    if (seen) Object.assign(seen, { name, viewCount: seen.viewCount + 1, lastViewedAt: at });
    else s.viewedItems.push({ itemId, name, viewCount: 1, lastViewedAt: at });
    const views = seen ? seen.viewCount : 1;
    const rejected = s.rejectedItems.some((item) => item.itemId === itemId);
    if (views >= REPEAT_VIEW_THRESHOLD && !rejected) {
      const interest = s.interests.find((item) => item.itemId === itemId);
      if (interest) interest.level = "HIGH";
      else s.interests.push({ itemId, name, level: "HIGH" });
    }
  }
  if (input.rejectedItem) {
    const { itemId, name } = input.rejectedItem;
    const reason = input.rejectedItem.reason?.trim() || undefined;
    s.rejectedItems = [...s.rejectedItems.filter((item) => item.itemId !== itemId), { itemId, name, reason, rejectedAt: at }];
    s.interests = s.interests.filter((item) => item.itemId !== itemId);
  }
  if (input.interest) {
    const { itemId, name, level } = input.interest;
    s.interests = [...s.interests.filter((item) => item.itemId !== itemId), { itemId, name, level }];
    s.rejectedItems = s.rejectedItems.filter((item) => item.itemId !== itemId);
  }
  if (input.objection) {
    const type = input.objection.trim();
    const known = s.objections.find((o) => o.type.toLowerCase() === type.toLowerCase());
    if (known) Object.assign(known, { count: known.count + 1, lastRaisedAt: at });
    else s.objections.push({ type, count: 1, lastRaisedAt: at });
  }
  if (input.sentiment != null) {
    s.sentimentHistory = [...s.sentimentHistory, { score: input.sentiment, at }].slice(-SENTIMENT_HISTORY_LIMIT);
  }
  if (input.frustration != null) {
    s.frustrationLevel = input.frustration;
    s.frustrationRecordedAt = now;
  }
  if (input.phone != null) {
    // Validated before merging; a number that does not normalize never gets here.
    s.phone = normalizePhone(input.phone) ?? s.phone;
  }
  if (input.preferences) {
    const p = input.preferences;
    if (p.budgetMin !== undefined) s.preferences.budgetMin = p.budgetMin ?? undefined;
    if (p.budgetMax !== undefined) s.preferences.budgetMax = p.budgetMax ?? undefined;
    for (const list of PREFERENCE_LISTS) {
      const added = p[list];
      if (added?.length) s.preferences[list] = unionValues(s.preferences[list], added);
    }
  }
  if (input.currentStage != null) {
    const stage = input.currentStage.trim();
    if (stage !== s.currentStage) {
      s.currentStage = stage;
      s.stageChangedAt = now;
      s.stageHistory = [...s.stageHistory, { stage, at }].slice(-STAGE_HISTORY_LIMIT);
    }
  }
  if (input.newSession) s.totalSessions += 1;
  if (input.siteVisitScheduled) s.siteVisitsScheduled += 1;
  if (input.callbackRequested) s.callbacksRequested += 1;
  if (input.brochureDownloaded) s.brochuresDownloaded += 1;

  const errors = limitErrors(s);
  return errors.length ? { state: null, errors } : { state: s, errors: [] };
}

/** Problems only visible once the interaction is merged with what was already remembered. */
function limitErrors(s: ProfileState): UserError[] {
  const errors: UserError[] = [];
  const lists = { viewedItem: s.viewedItems, rejectedItem: s.rejectedItems, interest: s.interests, objection: s.objections };
  for (const [field, list] of Object.entries(lists)) {
    if (list.length > MAX_REMEMBERED) errors.push(UserError.of(`input.${field}`, "LIMIT_EXCEEDED", `A profile remembers at most ${MAX_REMEMBERED} entries of this kind`));
  }
  for (const list of PREFERENCE_LISTS) {
    if (s.preferences[list].length > MAX_PREFERENCE_VALUES) {
      errors.push(UserError.of(`input.preferences.${list}`, "LIMIT_EXCEEDED", `preferences.${list} may hold at most ${MAX_PREFERENCE_VALUES} values`));
    }
  }
  const { budgetMin, budgetMax } = s.preferences;
  if (budgetMin != null && budgetMax != null && budgetMin > budgetMax) {
    errors.push(UserError.of("input.preferences.budgetMin", "INVALID_RANGE", `budgetMin (${budgetMin}) would exceed budgetMax (${budgetMax})`));
  }
  return errors;
}
