/**
 * Abandoned-interest recovery: who showed repeated interest and then went silent, and which step
 * fits how long they have been silent. Pure functions (pass `now`). When each phase starts is
 * learned from the organization's recovery outcomes (recovery-timing.ts).
 */
import type { Interest, ViewedItem } from "@revgraph/db/schema";
import type { RecoveryPhase } from "@revgraph/db/vocabulary";
import { DEFAULT_WAITS } from "./recovery-timing";

export type { RecoveryPhase };

/** An item viewed this often is repeated interest (the same rule that marks an interest HIGH). */
export const REPEAT_VIEWS = 3;
export const DEFAULT_SILENT_DAYS = DEFAULT_WAITS.REMINDER;
export const MAX_SILENT_DAYS = 365;
const DAY_MS = 86_400_000;

export interface RepeatedInterest {
  /** The catalog item's externalId, as the profile names it. */
  itemId: string;
  name: string;
  viewCount: number;
  level: Interest["level"] | null;
}

/**
 * The item the lead showed most interest in: the most viewed item seen at least 3 times, else the
 * first HIGH interest; null when neither exists.
 */
export function repeatedInterest(viewedItems: readonly ViewedItem[], interests: readonly Interest[]): RepeatedInterest | null {
  const levelOf = (itemId: string) => interests.find((i) => i.itemId === itemId)?.level ?? null;
  const viewsOf = (itemId: string) => viewedItems.find((v) => v.itemId === itemId)?.viewCount ?? 0;
  const mostViewed = [...viewedItems].filter((v) => v.viewCount >= REPEAT_VIEWS).sort((a, b) => b.viewCount - a.viewCount || a.itemId.localeCompare(b.itemId))[0];
  if (mostViewed) return { itemId: mostViewed.itemId, name: mostViewed.name, viewCount: mostViewed.viewCount, level: levelOf(mostViewed.itemId) };
  const high = interests.find((i) => i.level === "HIGH");
  return high ? { itemId: high.itemId, name: high.name, viewCount: viewsOf(high.itemId), level: "HIGH" } : null;
}

/** Whole days between the last activity and now. */
export function daysSilent(lastActiveAt: Date, now: Date): number {
  return Math.floor((now.getTime() - lastActiveAt.getTime()) / DAY_MS);
}

/** The step in words, naming the item and the evidence. */
export function recoveryStep(phase: RecoveryPhase, interest: RepeatedInterest, days: number, alternatives: readonly string[]): string {
  const evidence = interest.viewCount >= REPEAT_VIEWS ? `viewed ${interest.viewCount} times` : "marked as a high interest";
  if (phase === "REMINDER") return `Remind them of ${interest.name} (${evidence}); silent for ${days} days.`;
  if (phase === "ALTERNATIVES") {
    return alternatives.length
      ? `Suggest alternatives to ${interest.name} (${evidence}): ${alternatives.join(", ")}; silent for ${days} days.`
      : `Ask what held them back on ${interest.name} (${evidence}); no alternatives to suggest; silent for ${days} days.`;
  }
  return `Make an offer on ${interest.name} (${evidence}) within the offer policy; silent for ${days} days.`;
}
