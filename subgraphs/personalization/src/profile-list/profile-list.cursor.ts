/** Opaque keyset cursors of profile lists: base64url JSON of the sort key and the profile's id. */
import { badInput, isUuid } from "@revgraph/graph";
import type { ProfileListCursor } from "./profile-list.repository";

const MAX_CURSOR_LENGTH = 256;

export function encodeProfileCursor(cursor: ProfileListCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString("base64url");
}

/** A forged cursor is a BAD_USER_INPUT, never a database error. */
export function decodeProfileCursor(field: string, cursor: string): ProfileListCursor {
  if (cursor.length <= MAX_CURSOR_LENGTH) {
    try {
      const [key, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
      if (typeof key === "number" && Number.isFinite(key) && typeof id === "string" && isUuid(id)) return { key, id };
    } catch {
      // fall through to the error below
    }
  }
  throw badInput(field, `${field} is not a cursor returned by this connection`);
}
