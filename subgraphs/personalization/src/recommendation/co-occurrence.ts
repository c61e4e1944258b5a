/**
 * Item-to-item collaborative filtering (Linden, Smith & York 2003): items are similar when the
 * same customers bought or viewed both (cosine over customers). A customer's candidates are
 * scored by their similarity to what the customer bought (bought together) or, before any
 * purchase, to what they viewed (viewed or bought together; the viewed items themselves are
 * candidates too), scaled up or down by the customer's stated preferences; rejected and already bought items are never
 * recommended. Pure.
 */

export type InteractionKind = "PURCHASE" | "VIEW";

export interface Interaction {
  leadId: string;
  itemId: string;
  kind: InteractionKind;
}

export interface CandidateItem {
  id: string;
  name: string;
  listPrice: number;
  /** Lower-cased words the item can match preferences on: category and string attribute values. */
  tags: readonly string[];
}

export interface Preferences {
  /** Lower-cased wanted values (locations, configurations, must-have amenities). */
  wanted: readonly string[];
  budgetMax: number | null;
}

export interface Recommendation {
  itemId: string;
  score: number;
  reason: string;
}

export interface CoOccurrenceModel {
  /** Customers who bought or viewed each item. */
  interested: Map<string, number>;
  /** Customers who bought each item. */
  buyers: Map<string, number>;
  /** Customers who bought or viewed both, by item pair (both orders). */
  together: Map<string, Map<string, number>>;
  /** Customers who bought both. */
  boughtTogether: Map<string, Map<string, number>>;
}

/** Weight of an item in a customer's history. */
const HISTORY_WEIGHT: Record<InteractionKind, number> = { PURCHASE: 1, VIEW: 0.5 };
/** A preference match raises the similarity evidence by this share (a budget miss lowers it). */
export const PREFERENCE_WEIGHT = 0.25;
/** Orders candidates without evidence by preference: below any real similarity (≥ 1/customers). */
const PREFERENCE_TIEBREAK = 1e-6;
/** Items priced above the stated budget by more than this share are demoted. */
const BUDGET_TOLERANCE = 0.1;

export function buildCoOccurrence(interactions: readonly Interaction[]): CoOccurrenceModel {
  const byLead = new Map<string, Map<string, InteractionKind>>();
  for (const { leadId, itemId, kind } of interactions) {
    const items = byLead.get(leadId) ?? new Map<string, InteractionKind>();
    if (items.get(itemId) !== "PURCHASE") items.set(itemId, kind);
    byLead.set(leadId, items);
  }
  const model: CoOccurrenceModel = { interested: new Map(), buyers: new Map(), together: new Map(), boughtTogether: new Map() };
  const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  const bumpPair = (m: Map<string, Map<string, number>>, a: string, b: string) => {
    const row = m.get(a) ?? new Map<string, number>();
    bump(row, b);
    m.set(a, row);
  };
  for (const items of byLead.values()) {
    const all = [...items.keys()];
    const bought = all.filter((id) => items.get(id) === "PURCHASE");
    for (const id of all) bump(model.interested, id);
    for (const id of bought) bump(model.buyers, id);
    for (const a of all) for (const b of all) if (a !== b) bumpPair(model.together, a, b);
    for (const a of bought) for (const b of bought) if (a !== b) bumpPair(model.boughtTogether, a, b);
  }
  return model;
}

export interface RecommendInput {
  model: CoOccurrenceModel;
  /** The customer's own purchases and views. */
  history: readonly Interaction[];
  /** Items the customer rejected: never recommended. */
  rejected: ReadonlySet<string>;
  candidates: ReadonlyMap<string, CandidateItem>;
  preferences: Preferences | null;
  first: number;
  /** false: similarity only (the benchmark's ablation). */
  usePreferences?: boolean;
}

export function recommend(input: RecommendInput): Recommendation[] {
  const { model, candidates, preferences, first } = input;
  const bought = new Set(input.history.filter((h) => h.kind === "PURCHASE").map((h) => h.itemId));
  // What a customer bought supersedes what they browsed. After a purchase the evidence is their
  // purchases and the similarity is "bought together"; before it, their views and interests, the
  // similarity "viewed or bought together", and the viewed items themselves are candidates.
  const browsing = bought.size === 0;
  const evidence = browsing ? input.history : input.history.filter((h) => h.kind === "PURCHASE");
  const pairs = browsing ? model.together : model.boughtTogether;
  const counts = browsing ? model.interested : model.buyers;
  const weights = new Map<string, number>();
  for (const h of evidence) weights.set(h.itemId, Math.max(weights.get(h.itemId) ?? 0, HISTORY_WEIGHT[h.kind]));
  const scored: Recommendation[] = [];
  for (const item of candidates.values()) {
    if (bought.has(item.id) || input.rejected.has(item.id)) continue;
    let similarity = browsing ? (weights.get(item.id) ?? 0) : 0;
    let anchor: { id: string; contribution: number } | null = null;
    for (const [historyId, weight] of weights) {
      if (historyId === item.id) continue;
      const both = pairs.get(historyId)?.get(item.id) ?? 0;
      if (!both) continue;
      const contribution = (weight * both) / Math.sqrt((counts.get(historyId) ?? 1) * (counts.get(item.id) ?? 1));
      similarity += contribution;
      if (!anchor || contribution > anchor.contribution) anchor = { id: historyId, contribution };
    }
    const viewed = browsing && weights.has(item.id);
    const match = input.usePreferences === false ? 0 : preferenceScore(item, preferences);
    // Preferences scale the evidence (±25%); without any evidence they order the candidates, and popularity breaks ties.
    const popularity = (model.buyers.get(item.id) ?? 0) / 1e9;
    const score = similarity * (1 + PREFERENCE_WEIGHT * match) + PREFERENCE_TIEBREAK * match + popularity;
    scored.push({
      itemId: item.id,
      score,
      reason: reasonFor(item, viewed && (!anchor || weights.get(item.id)! >= anchor.contribution) ? null : (anchor?.id ?? null), viewed, match, model, candidates),
    });
  }
  return scored.sort((a, b) => b.score - a.score || a.itemId.localeCompare(b.itemId)).slice(0, first);
}

/** 1 when the item matches a wanted value within budget, −1 when it is well over budget, 0 otherwise. */
export function preferenceScore(item: CandidateItem, preferences: Preferences | null): number {
  if (!preferences) return 0;
  if (preferences.budgetMax != null && item.listPrice > preferences.budgetMax * (1 + BUDGET_TOLERANCE)) return -1;
  return item.tags.some((tag) => preferences.wanted.includes(tag)) ? 1 : 0;
}

function reasonFor(item: CandidateItem, anchorId: string | null, viewed: boolean, match: number, model: CoOccurrenceModel, candidates: ReadonlyMap<string, CandidateItem>): string {
  if (anchorId) {
    const anchorName = candidates.get(anchorId)?.name ?? "an item you chose";
    const boughtBoth = model.boughtTogether.get(anchorId)?.get(item.id) ?? 0;
    const anchorBuyers = model.buyers.get(anchorId) ?? 0;
    if (boughtBoth > 0) return `Bought together with ${anchorName} by ${boughtBoth} of ${anchorBuyers} buyers of ${anchorName}`;
    const both = model.together.get(anchorId)?.get(item.id) ?? 0;
    return `Viewed or bought together with ${anchorName} by ${both} of ${model.interested.get(anchorId) ?? 0} customers interested in ${anchorName}`;
  }
  if (viewed) return "Viewed before and not bought yet";
  if (match > 0) return "Matches the stated preferences";
  return `Popular: bought by ${model.buyers.get(item.id) ?? 0} customers`;
}

/** The baseline: the items most customers bought, minus the customer's own purchases and rejections. */
export function mostPopular(
  model: CoOccurrenceModel,
  candidates: ReadonlyMap<string, CandidateItem>,
  bought: ReadonlySet<string>,
  rejected: ReadonlySet<string>,
  first: number,
): string[] {
  return [...candidates.keys()]
    .filter((id) => !bought.has(id) && !rejected.has(id))
    .sort((a, b) => (model.buyers.get(b) ?? 0) - (model.buyers.get(a) ?? 0) || a.localeCompare(b))
    .slice(0, first);
}
