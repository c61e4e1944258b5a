/** Pure validation of CTA input: every problem becomes a UserError naming its input field. */
import { UserError, CLOCK_SKEW_MS, isUuid } from "@revgraph/graph";
import { DAY_MS } from "./cta-urgency";
import { MAX_SNOOZE_DAYS } from "./cta.input";

const MAX_USER_ID = 200;

export function validateId(field: string, value: string): UserError[] {
  return isUuid(value) ? [] : [UserError.of(field, "INVALID_ID", `${field.split(".").pop()} must be a UUID, got "${value.slice(0, 64)}"`)];
}

/** User ids are token subjects: any non-blank text up to 200 characters. */
export function validateOwnerId(field: string, value: string | null | undefined): UserError[] {
  if (value == null) return [];
  if (!value.trim()) return [UserError.of(field, "REQUIRED", "ownerId must not be empty")];
  if (value.length > MAX_USER_ID) return [UserError.of(field, "TOO_LONG", `ownerId must be at most ${MAX_USER_ID} characters`)];
  return [];
}

export function validateCreateCta(input: { accountId: string; dueAt?: Date | null; ownerId?: string | null }, now: Date): UserError[] {
  const errors = [...validateId("input.accountId", input.accountId), ...validateOwnerId("input.ownerId", input.ownerId)];
  if (input.dueAt && input.dueAt.getTime() < now.getTime() - CLOCK_SKEW_MS) errors.push(UserError.of("input.dueAt", "IN_PAST", "dueAt must not be in the past"));
  return errors;
}

export function validateSnooze(input: { ctaId: string; until: Date }, now: Date): UserError[] {
  const errors = validateId("input.ctaId", input.ctaId);
  if (input.until.getTime() <= now.getTime()) errors.push(UserError.of("input.until", "IN_PAST", "until must be in the future"));
  else if (input.until.getTime() > now.getTime() + MAX_SNOOZE_DAYS * DAY_MS) {
    errors.push(UserError.of("input.until", "OUT_OF_RANGE", `A CTA can be snoozed for at most ${MAX_SNOOZE_DAYS} days`));
  }
  return errors;
}
