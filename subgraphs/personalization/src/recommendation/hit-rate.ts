/**
 * Hit rate @k on held-out purchases: each customer's last purchase (its items not bought before)
 * is hidden, the recommenders are built from everything else, and a customer counts as a hit when
 * one of the hidden items is in their top k. Pure.
 */
import { buildCoOccurrence, mostPopular, recommend, type CandidateItem, type Interaction, type Preferences } from "./co-occurrence";

export interface TimedPurchase {
  leadId: string;
  itemId: string;
  at: Date;
}

export interface HitRateResult {
  customers: number;
  k: number;
  mostPopular: number;
  coOccurrencePurchasesOnly: number;
  coOccurrence: number;
  /** Before any purchase: customers with views, all their purchases hidden, hit when their first purchase is in the top k. */
  firstPurchase: { customers: number; mostPopular: number; coOccurrence: number };
}

export interface HitRateInput {
  purchases: readonly TimedPurchase[];
  views: readonly Interaction[];
  candidates: ReadonlyMap<string, CandidateItem>;
  preferences: ReadonlyMap<string, Preferences>;
  rejected: ReadonlyMap<string, ReadonlySet<string>>;
  k: number;
}

export function evaluateHitRate(input: HitRateInput): HitRateResult {
  const byLead = new Map<string, TimedPurchase[]>();
  for (const p of input.purchases) byLead.set(p.leadId, [...(byLead.get(p.leadId) ?? []), p]);
  const heldOut = new Map<string, Set<string>>();
  const training: TimedPurchase[] = [];
  for (const [leadId, list] of byLead) {
    const last = Math.max(...list.map((p) => p.at.getTime()));
    const earlier = list.filter((p) => p.at.getTime() < last);
    const hidden = new Set(list.filter((p) => p.at.getTime() === last && !earlier.some((e) => e.itemId === p.itemId)).map((p) => p.itemId));
    if (earlier.length > 0 && hidden.size > 0) {
      heldOut.set(leadId, hidden);
      training.push(...earlier);
    } else training.push(...list);
  }
  const bought: Interaction[] = training.map((p) => ({ leadId: p.leadId, itemId: p.itemId, kind: "PURCHASE" }));
  // A view of a held-out item stays only if the customer viewed it before that purchase; views carry no time here, so they are all kept.
  const purchasesOnly = buildCoOccurrence(bought);
  const full = buildCoOccurrence([...bought, ...input.views]);
  const viewsByLead = new Map<string, Interaction[]>();
  for (const v of input.views) viewsByLead.set(v.leadId, [...(viewsByLead.get(v.leadId) ?? []), v]);
  const boughtByLead = new Map<string, Interaction[]>();
  for (const b of bought) boughtByLead.set(b.leadId, [...(boughtByLead.get(b.leadId) ?? []), b]);

  let popularHits = 0;
  let purchasesOnlyHits = 0;
  let fullHits = 0;
  for (const [leadId, hidden] of heldOut) {
    const own = boughtByLead.get(leadId) ?? [];
    const rejected = input.rejected.get(leadId) ?? new Set<string>();
    const hit = (ids: readonly string[]) => (ids.some((id) => hidden.has(id)) ? 1 : 0);
    popularHits += hit(mostPopular(purchasesOnly, input.candidates, new Set(own.map((o) => o.itemId)), rejected, input.k));
    const base = { candidates: input.candidates, rejected, first: input.k };
    purchasesOnlyHits += hit(recommend({ ...base, model: purchasesOnly, history: own, preferences: null, usePreferences: false }).map((r) => r.itemId));
    const history = [...own, ...(viewsByLead.get(leadId) ?? [])];
    fullHits += hit(recommend({ ...base, model: full, history, preferences: input.preferences.get(leadId) ?? null }).map((r) => r.itemId));
  }
  const n = heldOut.size;
  return {
    customers: n,
    k: input.k,
    mostPopular: popularHits / n,
    coOccurrencePurchasesOnly: purchasesOnlyHits / n,
    coOccurrence: fullHits / n,
    firstPurchase: firstPurchase(input, byLead, viewsByLead),
  };
}

/** The cold-start path: each viewing customer's purchases are hidden, their first purchase is the target. */
function firstPurchase(input: HitRateInput, byLead: Map<string, TimedPurchase[]>, viewsByLead: Map<string, Interaction[]>): HitRateResult["firstPurchase"] {
  let customers = 0;
  let popularHits = 0;
  let hits = 0;
  for (const [leadId, views] of viewsByLead) {
    const list = byLead.get(leadId);
    if (!list) continue;
    const others: Interaction[] = input.purchases.filter((p) => p.leadId !== leadId).map((p) => ({ leadId: p.leadId, itemId: p.itemId, kind: "PURCHASE" }));
    const first = Math.min(...list.map((p) => p.at.getTime()));
    const target = new Set(list.filter((p) => p.at.getTime() === first).map((p) => p.itemId));
    const rejected = input.rejected.get(leadId) ?? new Set<string>();
    const model = buildCoOccurrence([...others, ...input.views]);
    customers++;
    popularHits += mostPopular(model, input.candidates, new Set(), rejected, input.k).some((id) => target.has(id)) ? 1 : 0;
    hits += recommend({ model, history: views, rejected, candidates: input.candidates, preferences: input.preferences.get(leadId) ?? null, first: input.k }).some((r) =>
      target.has(r.itemId),
    )
      ? 1
      : 0;
    if (customers >= 300) break;
  }
  return { customers, mostPopular: popularHits / customers, coOccurrence: hits / customers };
}
