/** Pure validation of an interaction: every problem becomes a UserError naming its input field. */
import { UserError, type UserErrorCode, isUuid } from "@revgraph/graph";
import { MAX_PHONE_INPUT, normalizePhone } from "./phone";
import { PREFERENCE_LISTS, type ProfileInteraction } from "./profile-merge";

const MAX_ID = 200;
const MAX_NAME = 200;
const MAX_REASON = 500;
const MAX_OBJECTION = 100;
const MAX_STAGE = 50;
const MAX_PREFERENCE_VALUE = 100;
const MAX_PREFERENCE_VALUES_PER_CALL = 20;
const MAX_BUDGET = 1e12;

export function validateInteraction(input: ProfileInteraction): UserError[] {
  const errors: UserError[] = [];
  const err = (field: string, code: UserErrorCode, message: string) => errors.push(UserError.of(`input.${field}`, code, message));
  const text = (field: string, value: string | null | undefined, max: number, required: boolean) => {
    if (value == null || !value.trim()) {
      if (required || value != null) err(field, "REQUIRED", `${field} must not be empty`);
    } else if (value.length > max) err(field, "TOO_LONG", `${field} must be at most ${max} characters`);
  };

  if (!isUuid(input.leadId)) err("leadId", "INVALID_ID", `leadId must be a UUID, got "${input.leadId.slice(0, 64)}"`);
  for (const key of ["viewedItem", "rejectedItem", "interest"] as const) {
    const item = input[key];
    if (!item) continue;
    text(`${key}.itemId`, item.itemId, MAX_ID, true);
    text(`${key}.name`, item.name, MAX_NAME, true);
  }
  const reason = input.rejectedItem?.reason;
  if (reason != null && reason.length > MAX_REASON) err("rejectedItem.reason", "TOO_LONG", `rejectedItem.reason must be at most ${MAX_REASON} characters`);
  if (input.objection != null) text("objection", input.objection, MAX_OBJECTION, true);
  if (input.currentStage != null) text("currentStage", input.currentStage, MAX_STAGE, true);
  if (input.phone != null) {
    // Length first, so an overlong value is refused before its format is looked at.
    if (!input.phone.trim()) err("phone", "REQUIRED", "phone must not be empty");
    else if (input.phone.length > MAX_PHONE_INPUT) err("phone", "TOO_LONG", `phone must be at most ${MAX_PHONE_INPUT} characters`);
    else if (!normalizePhone(input.phone)) {
      err(
        "phone",
        "INVALID_PHONE",
        "phone must be an international number: + (or 00), the country code and the number, 8-15 digits; spaces, dots, hyphens and parentheses are allowed",
      );
    }
  }
  if (input.frustration != null && !(Number.isFinite(input.frustration) && input.frustration >= 0 && input.frustration <= 1)) {
    err("frustration", "OUT_OF_RANGE", `frustration must be between 0 and 1, got ${input.frustration}`);
  }
  if (input.sentiment != null && !(Number.isFinite(input.sentiment) && input.sentiment >= -1 && input.sentiment <= 1)) {
    err("sentiment", "OUT_OF_RANGE", `sentiment must be between -1 and 1, got ${input.sentiment}`);
  }

  const prefs = input.preferences;
  if (prefs) {
    for (const key of ["budgetMin", "budgetMax"] as const) {
      const value = prefs[key];
      if (value != null && !(Number.isFinite(value) && value >= 0 && value < MAX_BUDGET)) {
        err(`preferences.${key}`, "OUT_OF_RANGE", `preferences.${key} must be between 0 and 999,999,999,999`);
      }
    }
    if (prefs.budgetMin != null && prefs.budgetMax != null && prefs.budgetMin > prefs.budgetMax) {
      err("preferences.budgetMin", "INVALID_RANGE", "preferences.budgetMin must not exceed preferences.budgetMax");
    }
    for (const list of PREFERENCE_LISTS) {
      const values = prefs[list];
      if (!values) continue;
      if (values.length > MAX_PREFERENCE_VALUES_PER_CALL) {
        err(`preferences.${list}`, "LIMIT_EXCEEDED", `preferences.${list} may add at most ${MAX_PREFERENCE_VALUES_PER_CALL} values per call`);
      } else if (values.some((v) => !v.trim() || v.length > MAX_PREFERENCE_VALUE)) {
        err(`preferences.${list}`, "INVALID_VALUE", `preferences.${list} values must be 1-${MAX_PREFERENCE_VALUE} characters`);
      }
    }
  }
  return errors;
}
