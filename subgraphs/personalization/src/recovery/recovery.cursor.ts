/** Keyset cursors of the recovery list: the profile's last activity and id. */
import { decodeCursor, encodeCursor, isUuid } from "@revgraph/graph";
import type { RecoveryCursor } from "./recovery.repository";

export function encodeRecoveryCursor(cursor: RecoveryCursor): string {
  return encodeCursor([cursor.lastActiveAt.toISOString(), cursor.id]);
}

export function decodeRecoveryCursor(field: string, cursor: string): RecoveryCursor {
  return decodeCursor(field, cursor, ([at, id]) => {
    const lastActiveAt = typeof at === "string" ? new Date(at) : null;
    return lastActiveAt && !Number.isNaN(lastActiveAt.getTime()) && typeof id === "string" && isUuid(id) ? { lastActiveAt, id } : null;
  });
}
