import type { ItemRow } from "./item.repository";
import { Item } from "./item.type";

export function toItem(row: ItemRow): Item {
  return Object.assign(new Item(), {
    id: row.id,
    externalId: row.externalId,
    name: row.name,
    category: row.category,
    listPrice: row.listPrice,
    stock: row.stock,
    attributes: row.attributes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}
