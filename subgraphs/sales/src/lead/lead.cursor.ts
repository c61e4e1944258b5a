/** Keyset cursors of the lead list: the sort value and the id. */
import { decodeCursor as decode, encodeCursor as encode, isUuid } from "@revgraph/graph";
import { LeadOrderField } from "./lead.input";
import type { KeysetCursor } from "./lead.repository";

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

export function encodeCursor(cursor: KeysetCursor): string {
  return encode([cursor.value, cursor.id]);
}

/**
 * Reads a cursor back, checking that its value fits the ordering it will be compared with: a
 * forged cursor must be a BAD_USER_INPUT, never a database error.
 */
export function decodeCursor(field: string, cursor: string, order: LeadOrderField): KeysetCursor {
  return decode(field, cursor, ([value, id]) => (typeof id === "string" && isUuid(id) && fitsOrder(value, order) ? { value: value as string | number, id } : null));
}

function fitsOrder(value: unknown, order: LeadOrderField): boolean {
  switch (order) {
    case LeadOrderField.VALUE:
      return typeof value === "number" && Number.isFinite(value);
    case LeadOrderField.NAME:
      return typeof value === "string" && value.length <= 200 && !value.includes("\u0000");
    default:
      return typeof value === "string" && ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
  }
}
