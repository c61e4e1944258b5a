/** How urgent a CTA is and whether it shows in the queue. Pure; cta.repository.ts repeats it in SQL. */
import { PRIORITIES, type CtaStatus, type Priority } from "@revgraph/db/vocabulary";

export const DAY_MS = 86_400_000;

/** Days until a CTA raised without a due date is due, by priority. */
export const DUE_DAYS_BY_PRIORITY: Record<Priority, number> = { URGENT: 1, HIGH: 3, MEDIUM: 7, LOW: 14 };

/** 0 for URGENT … 3 for LOW: the queue's first sort key. */
export function priorityRank(priority: Priority): number {
  return PRIORITIES.indexOf(priority);
}

export function defaultDueAt(priority: Priority, now: Date): Date {
  return new Date(now.getTime() + DUE_DAYS_BY_PRIORITY[priority] * DAY_MS);
}

/** A snoozed CTA whose snooze has passed is OPEN again, without anyone having to wake it. */
export function effectiveStatus(cta: { status: CtaStatus; snoozedUntil: Date | null }, now: Date): CtaStatus {
  if (cta.status === "SNOOZED" && (!cta.snoozedUntil || cta.snoozedUntil.getTime() <= now.getTime())) return "OPEN";
  return cta.status;
}
