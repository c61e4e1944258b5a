/** Opaque keyset cursors of the catalog: base64url JSON of the item's name and id. */
import { badInput, isUuid } from "@revgraph/graph";
import type { ItemCursor } from "./item.repository";

const MAX_CURSOR_LENGTH = 512;

export function encodeItemCursor(cursor: ItemCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id])).toString("base64url");
}

/** A forged cursor is a BAD_USER_INPUT, never a database error. */
export function decodeItemCursor(field: string, cursor: string): ItemCursor {
  if (cursor.length <= MAX_CURSOR_LENGTH) {
    try {
      const [name, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
      if (typeof name === "string" && name.length <= 200 && !name.includes("\u0000") && typeof id === "string" && isUuid(id)) return { name, id };
    } catch {
      // fall through to the error below
    }
  }
  throw badInput(field, `${field} is not a cursor returned by this connection`);
}
