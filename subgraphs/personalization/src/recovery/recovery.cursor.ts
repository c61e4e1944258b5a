/** Opaque keyset cursors of the recovery list: base64url JSON of the profile's last activity and id. */
import { badInput, isUuid } from "@revgraph/graph";
import type { RecoveryCursor } from "./recovery.repository";

const MAX_CURSOR_LENGTH = 256;

export function encodeRecoveryCursor(cursor: RecoveryCursor): string {
  return Buffer.from(JSON.stringify([cursor.lastActiveAt.toISOString(), cursor.id])).toString("base64url");
}

/** A forged cursor is a BAD_USER_INPUT, never a database error. */
export function decodeRecoveryCursor(field: string, cursor: string): RecoveryCursor {
  if (cursor.length <= MAX_CURSOR_LENGTH) {
    try {
      const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
      const lastActiveAt = typeof at === "string" ? new Date(at) : null;
      if (lastActiveAt && !Number.isNaN(lastActiveAt.getTime()) && typeof id === "string" && isUuid(id)) return { lastActiveAt, id };
    } catch {
      // fall through to the error below
    }
  }
  throw badInput(field, `${field} is not a cursor returned by this connection`);
}
