import type { OfferRow } from "./offer.repository";
import { Offer } from "./offer.type";

export function toOffer(row: OfferRow): Offer {
  return Object.assign(new Offer(), {
    id: row.id,
    leadId: row.leadId,
    itemId: row.itemId,
    item: null,
    discount: row.discount,
    madeAt: row.madeAt,
    outcome: row.outcome,
    outcomeAt: row.outcomeAt,
    madeById: row.madeBy,
    approvedById: row.approvedBy,
  });
}
