import { mulberry32 } from "@revgraph/learning";
import { describe, expect, it } from "vitest";
import { findBundles } from "./bundles";
import { buildCoOccurrence, recommend, type CandidateItem, type Interaction } from "./co-occurrence";
import { evaluateHitRate, type TimedPurchase } from "./hit-rate";

const item = (id: string, tags: string[] = [], listPrice = 100): CandidateItem => ({ id, name: `Item ${id}`, listPrice, tags });
const catalog = (ids: string[]) => new Map(ids.map((id) => [id, item(id)] as const));
const bought = (leadId: string, ...itemIds: string[]): Interaction[] => itemIds.map((itemId) => ({ leadId, itemId, kind: "PURCHASE" }));

describe("item-to-item recommendations", () => {
  const interactions = [
    ...bought("l1", "a", "b"),
    ...bought("l2", "a", "b"),
    ...bought("l3", "a", "b", "c"),
    ...bought("l4", "a", "c"),
    ...bought("l5", "d"),
    ...bought("l6", "d"),
    ...bought("l7", "d"),
    ...bought("l8", "d"),
    ...bought("l9", "d"),
  ];
  const model = buildCoOccurrence(interactions);

  it("recommends what buyers of the customer's items also bought, with the counts as the reason", () => {
    const [top] = recommend({ model, history: bought("me", "a"), rejected: new Set(), candidates: catalog(["a", "b", "c", "d"]), preferences: null, first: 3 });
    expect(top).toMatchObject({ itemId: "b", reason: "Bought together with Item a by 3 of 4 buyers of Item a" });
  });

  it("never recommends a rejected item, even the strongest match", () => {
    const result = recommend({ model, history: bought("me", "a"), rejected: new Set(["b"]), candidates: catalog(["a", "b", "c", "d"]), preferences: null, first: 10 });
    expect(result.map((r) => r.itemId)).not.toContain("b");
    expect(result.map((r) => r.itemId)).not.toContain("a");
    expect(result[0].itemId).toBe("c");
  });

  it("before any purchase, recommends what the lead viewed; after one, what buyers of it bought (views no longer count)", () => {
    const views: Interaction[] = [{ leadId: "me", itemId: "d", kind: "VIEW" }];
    const browsing = recommend({ model, history: views, rejected: new Set(), candidates: catalog(["a", "b", "c", "d"]), preferences: null, first: 1 });
    expect(browsing[0]).toMatchObject({ itemId: "d", reason: "Viewed before and not bought yet" });
    const afterBuying = recommend({
      model,
      history: [...views, ...bought("me", "a")],
      rejected: new Set(),
      candidates: catalog(["a", "b", "c", "d"]),
      preferences: null,
      first: 1,
    });
    expect(afterBuying[0].itemId).toBe("b");
  });

  it("falls back to popularity without history, and lets a preference match outrank it", () => {
    const candidates = new Map([...catalog(["a", "b", "c"]), ["d", item("d")], ["e", item("e", ["whitefield"])]]);
    const none = recommend({ model, history: [], rejected: new Set(), candidates, preferences: null, first: 1 });
    expect(none[0]).toMatchObject({ itemId: "d", reason: "Popular: bought by 5 customers" });
    const preferring = recommend({ model, history: [], rejected: new Set(), candidates, preferences: { wanted: ["whitefield"], budgetMax: null }, first: 1 });
    expect(preferring[0]).toMatchObject({ itemId: "e", reason: "Matches the stated preferences" });
  });
});

describe("bundles", () => {
  it("ranks the pair bought together more than chance first, with support, confidence and lift", () => {
    const baskets = [
      ...Array.from({ length: 30 }, () => ({ itemIds: ["kitchen", "interiors"] })),
      ...Array.from({ length: 60 }, (_, i) => ({ itemIds: ["parking", i % 2 ? "kitchen" : "solar"] })),
      ...Array.from({ length: 110 }, () => ({ itemIds: ["parking"] })),
    ];
    const [top] = findBundles(baskets, 5);
    expect(top.itemIds).toEqual(["interiors", "kitchen"]);
    expect(top.orders).toBe(30);
    expect(top.support).toBeCloseTo(30 / 200, 10);
    expect(top.confidence).toBe(1);
    expect(top.lift).toBeCloseTo((30 * 200) / (30 * 60), 10);
  });

  it("ignores pairs seen in fewer than five purchases", () => {
    expect(findBundles([{ itemIds: ["a", "b"] }, { itemIds: ["a", "b"] }], 5)).toEqual([]);
  });
});

describe("hit rate @5", () => {
  it("beats most-popular on customers whose purchases follow taste groups", () => {
    // 10 groups of 4 items; each customer buys 3 items of their group over time, plus a popular item now and then.
    const rng = mulberry32(5);
    const items = Array.from({ length: 40 }, (_, i) => `i${i}`);
    const purchases: TimedPurchase[] = [];
    for (let c = 0; c < 800; c++) {
      const group = Math.floor(rng() * 10);
      const picks = [0, 1, 2, 3].sort(() => rng() - 0.5).slice(0, 3);
      picks.forEach((offset, t) => purchases.push({ leadId: `c${c}`, itemId: `i${group * 4 + offset}`, at: new Date(Date.UTC(2024, 0, 1 + t * 10)) }));
      if (rng() < 0.5) purchases.push({ leadId: `c${c}`, itemId: "i0", at: new Date(Date.UTC(2024, 0, 2)) });
    }
    const result = evaluateHitRate({ purchases, views: [], candidates: catalog(items), preferences: new Map(), rejected: new Map(), k: 5 });
    expect(result.customers).toBeGreaterThan(700);
    expect(result.coOccurrence).toBeGreaterThan(result.mostPopular + 0.3);
  });
});
