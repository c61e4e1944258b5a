import { describe, expect, it } from "vitest";
import { buildCrossSellModel, crossSell, evaluateAccountHitRate, interleave, popularForAccount, upsell, type BuyerPurchase, type CatalogEntry } from "./cross-sell";

const catalog = new Map<string, CatalogEntry>(
  [
    { id: "basic", name: "Basic plan", category: "Plan", listPrice: 100 },
    { id: "pro", name: "Pro plan", category: "Plan", listPrice: 300 },
    { id: "ent", name: "Enterprise plan", category: "Plan", listPrice: 900 },
    { id: "support", name: "Support", category: "Service", listPrice: 50 },
    { id: "training", name: "Training", category: "Service", listPrice: 80 },
    { id: "swag", name: "Swag", category: null, listPrice: 5 },
  ].map((i) => [i.id, i]),
);
const at = new Date("2025-01-01T00:00:00Z");
const bought = (buyerId: string, ...items: string[]): BuyerPurchase[] => items.map((itemId) => ({ buyerId, itemId, at }));

describe("account cross-sell", () => {
  // 4 buyers of basic + support, 1 of basic + training, 6 of swag alone: swag is the most popular.
  const purchases = [
    ...[1, 2, 3, 4].flatMap((i) => bought(`a${i}`, "basic", "support")),
    ...bought("a5", "basic", "training"),
    ...[1, 2, 3, 4, 5, 6].flatMap((i) => bought(`s${i}`, "swag")),
    ...bought("p1", "pro"),
  ];
  const model = buildCrossSellModel(purchases, catalog);

  it("suggests what buyers of the account's items also bought, not owned yet, with the counts as the reason", () => {
    const result = crossSell(model, new Set(["basic"]), catalog, 5);
    expect(result.map((r) => r.itemId)).toEqual(["support", "training"]);
    expect(result[0].reason).toBe("Bought together with Basic plan by 4 of 5 buyers of Basic plan");
    expect(crossSell(model, new Set(["basic", "support"]), catalog, 5).map((r) => r.itemId)).toEqual(["training"]);
  });

  it("suggests nothing without evidence, while the popularity baseline always fills its list", () => {
    expect(crossSell(model, new Set(["ent"]), catalog, 5)).toEqual([]);
    expect(popularForAccount(model, new Set(["basic"]), catalog, 2)).toEqual(["swag", "support"]);
  });

  it("upsells only dearer items in the categories the account buys, the more adopted first", () => {
    const result = upsell(model, new Set(["basic", "support"]), catalog, 5);
    // Training: 1 of 5 Service buyers; Pro: 1 of 6 Plan buyers; Enterprise: none.
    expect(result.map((r) => r.itemId)).toEqual(["training", "pro", "ent"]);
    expect(result[1].reason).toBe("A step up from Basic plan in Plan (300 vs 100): bought by 1 of 6 buyers in Plan");
    expect(upsell(model, new Set(["ent"]), catalog, 5)).toEqual([]);
  });

  it("interleaves two lists without repeats", () => {
    expect(interleave(["a", "b", "c"], ["b", "d"], 4)).toEqual(["a", "b", "d", "c"]);
  });

  it("holds out what each buyer bought after the time cut and scores the top k against it", () => {
    const day = (d: number) => new Date(Date.UTC(2025, 0, d));
    const timed: BuyerPurchase[] = [];
    for (let i = 0; i < 8; i++) timed.push({ buyerId: `t${i}`, itemId: "basic", at: day(1 + i) }, { buyerId: `t${i}`, itemId: "support", at: day(2 + i) });
    for (let i = 0; i < 12; i++) timed.push({ buyerId: `s${i}`, itemId: "swag", at: day(1) });
    // Two late buyers of basic whose support comes after the cut.
    timed.push({ buyerId: "late1", itemId: "basic", at: day(3) }, { buyerId: "late1", itemId: "support", at: day(30) });
    timed.push({ buyerId: "late2", itemId: "basic", at: day(3) }, { buyerId: "late2", itemId: "support", at: day(31) });
    const result = evaluateAccountHitRate(timed, catalog, 1, 0.94);
    expect(result.buyers).toBe(2);
    expect(result.crossSell).toBe(1);
    expect(result.mostPopular).toBe(0);
  });
});
