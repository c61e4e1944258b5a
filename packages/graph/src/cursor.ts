/**
 * Opaque keyset cursors: base64url JSON of a list of values (the sort keys, then the id). Each
 * connection says which values it accepts; anything else — forged, truncated, over-long — is a
 * BAD_USER_INPUT naming the argument, never a database error.
 */
import { badInput } from "./errors";

/** Room for the longest sort key a connection holds (a 200-character name in UTF-8, base64url) and an id. */
const MAX_CURSOR_LENGTH = 1024;

export function encodeCursor(parts: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

/** Decodes a cursor and hands its parts to `read`, which returns the cursor or null when they do not fit. */
export function decodeCursor<T>(field: string, cursor: string, read: (parts: unknown[]) => T | null): T {
  if (cursor.length <= MAX_CURSOR_LENGTH) {
    try {
      const parts: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
      const decoded = Array.isArray(parts) ? read(parts) : null;
      if (decoded !== null) return decoded;
    } catch {
      // fall through to the error below
    }
  }
  throw badInput(field, `${field} is not a cursor returned by this connection`);
}
