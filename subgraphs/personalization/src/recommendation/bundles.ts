/** Frequently bought together: item pairs in the same purchase, with support, confidence and lift (Agrawal et al. 1993). Pure. */

export interface Basket {
  itemIds: readonly string[];
}

export interface BundleCandidate {
  itemIds: [string, string];
  /** Purchases holding both. */
  orders: number;
  /** orders / all purchases. */
  support: number;
  /** orders / purchases holding the first item (the one that predicts the other better). */
  confidence: number;
  /** support / (share of purchases with the first × share with the second): 1 is independence. */
  lift: number;
  /** Purchases holding the first item. */
  firstItemOrders: number;
}

/** Pairs bought together in at least this many purchases (and 0.5% of them) are considered. */
export const MIN_BUNDLE_ORDERS = 5;

/** Pairs with enough support, by lift, then orders. */
export function findBundles(baskets: readonly Basket[], first: number): BundleCandidate[] {
  const total = baskets.length;
  if (total === 0) return [];
  const single = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const basket of baskets) {
    const ids = [...new Set(basket.itemIds)].sort();
    for (const id of ids) single.set(id, (single.get(id) ?? 0) + 1);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
  }
  const minOrders = Math.max(MIN_BUNDLE_ORDERS, Math.ceil(total * 0.005));
  const out: BundleCandidate[] = [];
  for (const [key, orders] of pairs) {
    if (orders < minOrders) continue;
    const [a, b] = key.split("\u0000") as [string, string];
    const na = single.get(a)!;
    const nb = single.get(b)!;
    // Lead with the rarer item: "with A, B" is the stronger rule.
    const [firstId, secondId, nFirst] = na <= nb ? [a, b, na] : [b, a, nb];
    out.push({ itemIds: [firstId, secondId], orders, support: orders / total, confidence: orders / nFirst, lift: (orders * total) / (na * nb), firstItemOrders: nFirst });
  }
  return out.sort((x, y) => y.lift - x.lift || y.orders - x.orders || x.itemIds.join().localeCompare(y.itemIds.join())).slice(0, first);
}
