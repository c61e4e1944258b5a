/** Opaque keyset cursors: base64url JSON of the sort value and the id. */
import { badInput, isUuid } from "@revgraph/graph";
import type { KeysetCursor } from "./lead.repository";

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString("base64url");
}

export function decodeCursor(field: string, cursor: string): KeysetCursor {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    if ((typeof value === "string" || typeof value === "number") && typeof id === "string" && isUuid(id)) return { value, id };
  } catch {
    // fall through to the error below
  }
  throw badInput(field, `${field} is not a cursor returned by this connection`);
}
