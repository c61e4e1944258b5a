import type { PurchaseLineRow, PurchaseRow } from "./purchase.repository";
import { Purchase, PurchaseLine } from "./purchase.type";

/** Row → GraphQL object; `lines` is filled from given lines, or resolved by its field resolver when absent. */
export function toPurchase(row: PurchaseRow, lines?: readonly PurchaseLineRow[]): Purchase {
  return Object.assign(new Purchase(), {
    id: row.id,
    externalId: row.externalId,
    leadId: row.leadId,
    accountId: row.accountId,
    occurredAt: row.occurredAt,
    total: row.total,
    ...(lines ? { lines: lines.filter((line) => line.purchaseId === row.id).map(toPurchaseLine) } : {}),
  });
}

export function toPurchaseLine(row: PurchaseLineRow): PurchaseLine {
  return Object.assign(new PurchaseLine(), { itemId: row.itemId, item: null, quantity: row.quantity, unitPrice: row.unitPrice });
}
