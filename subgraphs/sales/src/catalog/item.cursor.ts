/** Keyset cursors of the catalog: the item's name and id. */
import { decodeCursor, encodeCursor, isUuid } from "@revgraph/graph";
import type { ItemCursor } from "./item.repository";

export function encodeItemCursor(cursor: ItemCursor): string {
  return encodeCursor([cursor.name, cursor.id]);
}

export function decodeItemCursor(field: string, cursor: string): ItemCursor {
  return decodeCursor(field, cursor, ([name, id]) =>
    typeof name === "string" && name.length <= 200 && !name.includes("\u0000") && typeof id === "string" && isUuid(id) ? { name, id } : null,
  );
}
