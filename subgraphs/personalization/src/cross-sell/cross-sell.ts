/**
 * Cross-sell and upsell for accounts from purchase co-occurrence, pure. A buyer is an account (its
 * purchases are those recorded with its accountId) or, for purchases recorded without one, the lead.
 * Cross-sell: items bought by buyers who bought what this account bought, not yet owned, scored by
 * item-to-item cosine over buyers (Linden, Smith & York 2003). Upsell: in each category the account
 * already buys, items listed above the dearest one it owns there (the next tier), ranked by how many
 * of the category's buyers bought them. Each comes with its reason and counts.
 */

export interface BuyerPurchase {
  buyerId: string;
  itemId: string;
  at: Date;
}

export interface CatalogEntry {
  id: string;
  name: string;
  category: string | null;
  listPrice: number;
}

export interface AccountSuggestion {
  itemId: string;
  score: number;
  reason: string;
}

/** Who bought: the account when the purchase names one, else the lead (kept apart from account ids). */
export const buyerOf = (purchase: { accountId: string | null; leadId: string }) => (purchase.accountId ? `account:${purchase.accountId}` : `lead:${purchase.leadId}`);

export interface CrossSellModel {
  /** Buyers of each item. */
  buyers: Map<string, number>;
  /** Buyers of both, by item pair (both orders). */
  together: Map<string, Map<string, number>>;
  /** Buyers of anything in each category. */
  categoryBuyers: Map<string, number>;
}

export function buildCrossSellModel(purchases: readonly BuyerPurchase[], catalog: ReadonlyMap<string, CatalogEntry>): CrossSellModel {
  const owned = new Map<string, Set<string>>();
  for (const p of purchases) {
    const set = owned.get(p.buyerId) ?? new Set<string>();
    set.add(p.itemId);
    owned.set(p.buyerId, set);
  }
  const model: CrossSellModel = { buyers: new Map(), together: new Map(), categoryBuyers: new Map() };
  const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  for (const items of owned.values()) {
    const ids = [...items];
    for (const id of ids) bump(model.buyers, id);
    for (const category of new Set(ids.map((id) => catalog.get(id)?.category).filter((c): c is string => !!c))) bump(model.categoryBuyers, category);
    for (const a of ids) {
      const row = model.together.get(a) ?? new Map<string, number>();
      for (const b of ids) if (a !== b) bump(row, b);
      model.together.set(a, row);
    }
  }
  return model;
}

const byScore = (a: AccountSuggestion, b: AccountSuggestion) => b.score - a.score || a.itemId.localeCompare(b.itemId);

/** Items bought together with what the account owns, not owned yet, best first. */
export function crossSell(model: CrossSellModel, owned: ReadonlySet<string>, catalog: ReadonlyMap<string, CatalogEntry>, first: number): AccountSuggestion[] {
  const out: AccountSuggestion[] = [];
  for (const item of catalog.values()) {
    if (owned.has(item.id)) continue;
    let score = 0;
    let anchor: { id: string; both: number; contribution: number } | null = null;
    for (const ownedId of owned) {
      const both = model.together.get(ownedId)?.get(item.id) ?? 0;
      if (!both) continue;
      const contribution = both / Math.sqrt((model.buyers.get(ownedId) ?? 1) * (model.buyers.get(item.id) ?? 1));
      score += contribution;
      if (!anchor || contribution > anchor.contribution) anchor = { id: ownedId, both, contribution };
    }
    if (!anchor) continue;
    const anchorName = catalog.get(anchor.id)?.name ?? "an item the account owns";
    out.push({ itemId: item.id, score, reason: `Bought together with ${anchorName} by ${anchor.both} of ${model.buyers.get(anchor.id) ?? 0} buyers of ${anchorName}` });
  }
  return out.sort(byScore).slice(0, first);
}

/** Higher-priced items in the categories the account buys (above the dearest it owns there), by adoption among the category's buyers. */
export function upsell(model: CrossSellModel, owned: ReadonlySet<string>, catalog: ReadonlyMap<string, CatalogEntry>, first: number): AccountSuggestion[] {
  const top = new Map<string, CatalogEntry>();
  for (const id of owned) {
    const item = catalog.get(id);
    if (!item?.category) continue;
    const current = top.get(item.category);
    if (!current || item.listPrice > current.listPrice) top.set(item.category, item);
  }
  const out: AccountSuggestion[] = [];
  for (const item of catalog.values()) {
    const current = item.category ? top.get(item.category) : undefined;
    if (!current || owned.has(item.id) || item.listPrice <= current.listPrice) continue;
    const buyers = model.buyers.get(item.id) ?? 0;
    const inCategory = model.categoryBuyers.get(item.category!) ?? 0;
    // Adoption first; among equally adopted items, the smaller step up.
    const score = (buyers + 1) / (inCategory + 2) - (item.listPrice - current.listPrice) / (current.listPrice + item.listPrice) / 1e6;
    out.push({
      itemId: item.id,
      score,
      reason: `A step up from ${current.name} in ${item.category} (${fmt(item.listPrice)} vs ${fmt(current.listPrice)}): bought by ${buyers} of ${inCategory} buyers in ${item.category}`,
    });
  }
  return out.sort(byScore).slice(0, first);
}

/** The baseline: the items most buyers bought, minus the account's own. */
export function popularForAccount(model: CrossSellModel, owned: ReadonlySet<string>, catalog: ReadonlyMap<string, CatalogEntry>, first: number): string[] {
  return [...catalog.keys()]
    .filter((id) => !owned.has(id))
    .sort((a, b) => (model.buyers.get(b) ?? 0) - (model.buyers.get(a) ?? 0) || a.localeCompare(b))
    .slice(0, first);
}

const fmt = (price: number) => price.toLocaleString("en-US", { maximumFractionDigits: 2 });

export interface AccountHitRate {
  /** Buyers with purchases on both sides of the cut and a new item after it. */
  buyers: number;
  k: number;
  cutoff: Date;
  mostPopular: number;
  crossSell: number;
  upsell: number;
  /** Cross-sell and upsell interleaved (cross-sell first), the list an account page would show. */
  combined: number;
}

/**
 * Hit rate @k with a time split: models see only purchases before the cut (the `trainShare` quantile of
 * purchase times); a buyer who bought before it counts as a hit when any item they first bought after
 * it is in their top k.
 */
export function evaluateAccountHitRate(purchases: readonly BuyerPurchase[], catalog: ReadonlyMap<string, CatalogEntry>, k: number, trainShare = 0.8): AccountHitRate {
  const times = purchases.map((p) => p.at.getTime()).sort((a, b) => a - b);
  const cut = times[Math.min(times.length - 1, Math.floor(times.length * trainShare))];
  const train = purchases.filter((p) => p.at.getTime() < cut);
  const model = buildCrossSellModel(train, catalog);
  const before = new Map<string, Set<string>>();
  for (const p of train) before.set(p.buyerId, (before.get(p.buyerId) ?? new Set()).add(p.itemId));
  const after = new Map<string, Set<string>>();
  for (const p of purchases) {
    if (p.at.getTime() < cut || !before.has(p.buyerId) || before.get(p.buyerId)!.has(p.itemId)) continue;
    after.set(p.buyerId, (after.get(p.buyerId) ?? new Set()).add(p.itemId));
  }
  let popular = 0;
  let cross = 0;
  let up = 0;
  let both = 0;
  for (const [buyerId, hidden] of after) {
    const owned = before.get(buyerId)!;
    const hit = (ids: readonly string[]) => (ids.some((id) => hidden.has(id)) ? 1 : 0);
    const c = crossSell(model, owned, catalog, k).map((s) => s.itemId);
    const u = upsell(model, owned, catalog, k).map((s) => s.itemId);
    popular += hit(popularForAccount(model, owned, catalog, k));
    cross += hit(c);
    up += hit(u);
    both += hit(interleave(c, u, k));
  }
  const n = after.size;
  return { buyers: n, k, cutoff: new Date(cut), mostPopular: popular / n, crossSell: cross / n, upsell: up / n, combined: both / n };
}

/** a[0], b[0], a[1], b[1], … without repeats, the first k. */
export function interleave(a: readonly string[], b: readonly string[], k: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < k && (i < a.length || i < b.length); i++) {
    for (const id of [a[i], b[i]]) if (id !== undefined && !out.includes(id) && out.length < k) out.push(id);
  }
  return out;
}
