/** Pure validation of purchase input: every problem becomes a UserError naming the row and field. */
import { UserError, type UserErrorCode, isInFuture, isUuid } from "@revgraph/graph";
import { MAX_LINES_PER_PURCHASE, type PurchaseInput } from "./purchase.input";

const MAX_QUANTITY = 1_000_000;
const MAX_PRICE = 1e12;

export function validatePurchase(input: PurchaseInput, prefix: string, now: Date): UserError[] {
  const errors: UserError[] = [];
  const err = (field: string, code: UserErrorCode, message: string) => errors.push(UserError.of(`${prefix}${field}`, code, message));
  if (!input.externalId?.trim()) err("externalId", "REQUIRED", "externalId must not be empty");
  else if (input.externalId.length > 200) err("externalId", "TOO_LONG", "externalId must be at most 200 characters");
  if (!isUuid(input.leadId)) err("leadId", "INVALID_ID", `leadId must be a UUID, got "${input.leadId.slice(0, 64)}"`);
  if (input.accountId != null && !isUuid(input.accountId)) err("accountId", "INVALID_ID", `accountId must be a UUID, got "${input.accountId.slice(0, 64)}"`);
  if (isInFuture(input.occurredAt, now)) err("occurredAt", "IN_FUTURE", "occurredAt must not be in the future");
  if (input.lines.length === 0) err("lines", "EMPTY", "lines must contain at least one item");
  if (input.lines.length > MAX_LINES_PER_PURCHASE) err("lines", "LIMIT_EXCEEDED", `At most ${MAX_LINES_PER_PURCHASE} lines per purchase; got ${input.lines.length}`);
  input.lines.slice(0, MAX_LINES_PER_PURCHASE).forEach((line, j) => {
    if (!isUuid(line.itemId)) err(`lines.${j}.itemId`, "INVALID_ID", `itemId must be a UUID, got "${line.itemId.slice(0, 64)}"`);
    if (!(Number.isInteger(line.quantity) && line.quantity >= 1 && line.quantity <= MAX_QUANTITY)) {
      err(`lines.${j}.quantity`, "OUT_OF_RANGE", `quantity must be a whole number from 1 to 1,000,000, got ${line.quantity}`);
    }
    if (!(Number.isFinite(line.unitPrice) && line.unitPrice >= 0 && line.unitPrice < MAX_PRICE)) {
      err(`lines.${j}.unitPrice`, "OUT_OF_RANGE", `unitPrice must be between 0 and 999,999,999,999, got ${line.unitPrice}`);
    }
  });
  return errors;
}
