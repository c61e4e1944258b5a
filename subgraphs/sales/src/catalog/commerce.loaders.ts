import { batchLoader, groupLoader } from "@revgraph/graph";
import type { OfferRepository } from "../offer/offer.repository";
import type { PurchaseRepository } from "../purchase/purchase.repository";
import type { ItemRepository } from "./item.repository";

/** Per-request loaders of the commerce facts: items by id, purchases and offers by lead, lines by purchase; one query per batch. */
export function createCommerceLoaders(items: ItemRepository, purchases: PurchaseRepository, offers: OfferRepository) {
  return {
    item: batchLoader(
      (ids: readonly string[]) => items.findByIds(ids),
      (row) => row.id,
    ),
    purchasesByLead: groupLoader(
      (leadIds: readonly string[]) => purchases.findByLeadIds(leadIds),
      (row) => row.leadId,
    ),
    purchaseLines: groupLoader(
      (purchaseIds: readonly string[]) => purchases.linesOf(purchaseIds),
      (row) => row.purchaseId,
    ),
    offersByLead: groupLoader(
      (leadIds: readonly string[]) => offers.findByLeadIds(leadIds),
      (row) => row.leadId,
    ),
  };
}
