/** Pure validation of catalog input: every problem becomes a UserError naming the row and field. */
import { UserError, type UserErrorCode, attributesProblem } from "@revgraph/graph";
import type { ItemInput } from "./item.input";

const MAX_TEXT = 200;
const MAX_CATEGORY = 100;
const MAX_PRICE = 1e12;
const MAX_STOCK = 2_000_000_000;

export function validateItem(input: ItemInput, prefix: string): UserError[] {
  const errors: UserError[] = [];
  const err = (field: string, code: UserErrorCode, message: string) => errors.push(UserError.of(`${prefix}${field}`, code, message));
  for (const field of ["externalId", "name"] as const) {
    const value = input[field];
    if (!value?.trim()) err(field, "REQUIRED", `${field} must not be empty`);
    else if (value.length > MAX_TEXT) err(field, "TOO_LONG", `${field} must be at most ${MAX_TEXT} characters`);
  }
  if (input.category != null && input.category.length > MAX_CATEGORY) err("category", "TOO_LONG", `category must be at most ${MAX_CATEGORY} characters`);
  if (!(Number.isFinite(input.listPrice) && input.listPrice >= 0 && input.listPrice < MAX_PRICE)) {
    err("listPrice", "OUT_OF_RANGE", `listPrice must be between 0 and 999,999,999,999, got ${input.listPrice}`);
  }
  if (input.stock != null && !(Number.isInteger(input.stock) && input.stock >= 0 && input.stock <= MAX_STOCK)) {
    err("stock", "OUT_OF_RANGE", `stock must be a whole number ≥ 0, got ${input.stock}`);
  }
  if (input.attributes != null) {
    const problem = attributesProblem(input.attributes);
    if (problem) err("attributes", "INVALID_ATTRIBUTES", problem);
  }
  return errors;
}

/** DUPLICATE_IN_BATCH for every row repeating an earlier row's key. */
export function duplicateKeys(keys: readonly (string | null | undefined)[], field: string): UserError[] {
  const seen = new Map<string, number>();
  const errors: UserError[] = [];
  keys.forEach((key, i) => {
    if (key == null) return;
    const first = seen.get(key);
    if (first !== undefined) errors.push(UserError.of(`input.${i}.${field}`, "DUPLICATE_IN_BATCH", `${field} "${key.slice(0, 200)}" also appears at input.${first}`));
    else seen.set(key, i);
  });
  return errors;
}
