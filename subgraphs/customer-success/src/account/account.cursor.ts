/** Keyset cursors of the accounts list: the health score, the name and the id (its order). */
import { decodeCursor, encodeCursor, isUuid } from "@revgraph/graph";
import type { AccountListCursor, AccountRow } from "./account.repository";

export function encodeAccountCursor(row: AccountRow): string {
  return encodeCursor([row.healthScore, row.name, row.id]);
}

export function decodeAccountCursor(field: string, cursor: string): AccountListCursor {
  return decodeCursor(field, cursor, ([healthScore, name, id]) =>
    Number.isInteger(healthScore) && typeof name === "string" && name.length <= 200 && typeof id === "string" && isUuid(id)
      ? { healthScore: healthScore as number, name, id }
      : null,
  );
}
