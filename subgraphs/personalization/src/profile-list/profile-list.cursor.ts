/** Keyset cursors of profile lists: the sort key and the profile's id. */
import { decodeCursor, encodeCursor, isUuid } from "@revgraph/graph";
import type { ProfileListCursor } from "./profile-list.repository";

export function encodeProfileCursor(cursor: ProfileListCursor): string {
  return encodeCursor([cursor.key, cursor.id]);
}

export function decodeProfileCursor(field: string, cursor: string): ProfileListCursor {
  return decodeCursor(field, cursor, ([key, id]) => (typeof key === "number" && Number.isFinite(key) && typeof id === "string" && isUuid(id) ? { key, id } : null));
}
