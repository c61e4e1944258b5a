import { Item } from "./item.type";

/** A reference to the sales subgraph's item (the gateway resolves its fields there). */
export function toItem(row: { id: string }): Item {
  return Object.assign(new Item(), { id: row.id });
}
