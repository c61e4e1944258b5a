import { badInput } from "./errors";

/**
 * Checks a page size asked of a list: an integer from 0 to `max`, else BAD_USER_INPUT naming the
 * argument — a list never cuts an answer short silently.
 */
export function checkPageSize(first: number, max: number, argument = "first"): number {
  if (!Number.isInteger(first) || first < 0 || first > max) throw badInput(argument, `${argument} must be between 0 and ${max}, got ${first}`);
  return first;
}
