/** Opaque keyset cursors: base64url JSON of the sort value and the id. */
import { badInput, isUuid } from "@revgraph/graph";
import { LeadOrderField } from "./lead.input";
import type { KeysetCursor } from "./lead.repository";

const MAX_CURSOR_LENGTH = 512;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString("base64url");
}

/**
 * Reads a cursor back, checking that its value fits the ordering it will be compared with: a
 * forged cursor must be a BAD_USER_INPUT, never a database error.
 */
export function decodeCursor(field: string, cursor: string, order: LeadOrderField): KeysetCursor {
  if (cursor.length <= MAX_CURSOR_LENGTH) {
    try {
      const [value, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
      if (typeof id === "string" && isUuid(id) && fitsOrder(value, order)) return { value: value as string | number, id };
    } catch {
      // fall through to the error below
    }
  }
  throw badInput(field, `${field} is not a cursor returned by this connection`);
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
