/** Pure validation of signals: every problem becomes a UserError naming the row and field. */
import { UserError, isInFuture, isUuid } from "@revgraph/graph";
import type { AccountSignalInput } from "./account-signal.type";

export const MAX_DETAIL = 200;
const MAX_COUNT = 1e9;

/** Why a value is wrong for its signal type, or null when it is fine. */
export function signalValueProblem(type: string, value: number): string | null {
  if (!Number.isFinite(value)) return "value must be a finite number";
  if (type === "NPS") return Number.isInteger(value) && value >= 0 && value <= 10 ? null : `an NPS answer is an integer 0-10, got ${value}`;
  if (type === "CSAT") return Number.isInteger(value) && value >= 1 && value <= 5 ? null : `a CSAT answer is an integer 1-5, got ${value}`;
  return value >= 0 && value <= MAX_COUNT ? null : `a count must be between 0 and ${MAX_COUNT}, got ${value}`;
}

export function validateSignals(input: readonly AccountSignalInput[], now: Date): UserError[] {
  const errors: UserError[] = [];
  input.forEach((row, i) => {
    const at = (field: string) => `input.${i}.${field}`;
    if (!isUuid(row.accountId)) errors.push(UserError.of(at("accountId"), "INVALID_ID", "accountId must be a UUID"));
    const problem = signalValueProblem(row.type, row.value ?? 1);
    if (problem) errors.push(UserError.of(at("value"), "OUT_OF_RANGE", problem));
    if (isInFuture(row.occurredAt, now)) errors.push(UserError.of(at("occurredAt"), "IN_FUTURE", "occurredAt must not be in the future"));
    if (row.detail != null && row.detail.length > MAX_DETAIL) errors.push(UserError.of(at("detail"), "TOO_LONG", `detail must be at most ${MAX_DETAIL} characters`));
  });
  return errors;
}
