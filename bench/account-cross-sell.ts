/**
 * Cross-sell and upsell for accounts: hit rate @5 on held-out purchases with a time split (models
 * see only purchases before the 80th percentile of purchase times; a buyer is a hit when an item it
 * first bought after the cut is in its top 5), next to "most popular items". On synthetic accounts
 * with planted upgrade and cross-category paths, and on the demo data (a purchase's buyer is its
 * account, else its lead, as the service counts them).
 * `pnpm exec tsx bench/account-cross-sell.ts`
 */
import { mulberry32 } from "@revgraph/learning";
import { buyerOf, evaluateAccountHitRate, type AccountHitRate, type BuyerPurchase, type CatalogEntry } from "@revgraph/personalization/models";
import { generateDemoData } from "../scripts/seed/generate";
import { machineSummary } from "./support/machine";

const K = 5;
const DAY = 86_400_000;

/**
 * 8 categories × 3 tiers (list price rising with the tier) and 4 "solutions" pairing categories
 * (2s, 2s+1). Each of 1,500 accounts starts in its solution's first category at a tier (60/30/10%),
 * over the year may move up one tier (45%) and may add the paired category at its tier (45%); a
 * quarter of them also buy one of 3 best sellers at some point.
 */
function synthetic(seed: number): AccountHitRate {
  const rng = mulberry32(seed);
  const catalog = new Map<string, CatalogEntry>();
  for (let c = 0; c < 8; c++)
    for (let t = 0; t < 3; t++) catalog.set(`c${c}t${t}`, { id: `c${c}t${t}`, name: `Category ${c} tier ${t}`, category: `c${c}`, listPrice: [100, 250, 600][t] * (1 + c / 10) });
  const bestSellers = ["c6t0", "c7t0", "c5t1"];
  const purchases: BuyerPurchase[] = [];
  const at = (day: number) => new Date(Date.UTC(2024, 0, 1) + Math.floor(day) * DAY);
  for (let a = 0; a < 1500; a++) {
    const buyerId = `a${a}`;
    const solution = Math.floor(rng() * 4);
    const u = rng();
    const tier = u < 0.6 ? 0 : u < 0.9 ? 1 : 2;
    const start = rng() * 200;
    purchases.push({ buyerId, itemId: `c${2 * solution}t${tier}`, at: at(start) });
    if (tier < 2 && rng() < 0.45) purchases.push({ buyerId, itemId: `c${2 * solution}t${tier + 1}`, at: at(start + 30 + rng() * 300) });
    if (rng() < 0.45) purchases.push({ buyerId, itemId: `c${2 * solution + 1}t${tier}`, at: at(start + 10 + rng() * 300) });
    if (rng() < 0.25) purchases.push({ buyerId, itemId: bestSellers[Math.floor(rng() * 3)], at: at(rng() * 500) });
  }
  return evaluateAccountHitRate(purchases, catalog, K);
}

function demo(org: string): AccountHitRate {
  const data = generateDemoData({ now: new Date("2025-06-01T12:00:00Z") });
  const catalog = new Map<string, CatalogEntry>(
    data.items.filter((i) => i.organizationId === org).map((i) => [i.id, { id: i.id, name: i.name, category: i.category, listPrice: i.listPrice }]),
  );
  const byId = new Map(data.purchases.filter((p) => p.organizationId === org).map((p) => [p.id, p] as const));
  const purchases: BuyerPurchase[] = data.purchaseLines
    .filter((l) => l.organizationId === org)
    .map((l) => {
      const p = byId.get(l.purchaseId)!;
      return { buyerId: buyerOf(p), itemId: l.itemId, at: p.occurredAt };
    });
  return evaluateAccountHitRate(purchases, catalog, K);
}

function main(): void {
  console.log(machineSummary());
  const rows: [string, AccountHitRate][] = [];
  for (const seed of [1, 2, 3]) rows.push([`synthetic accounts, seed ${seed}`, synthetic(seed)]);
  for (const org of ["org-acme-realty", "org-summit-homes"]) rows.push([`demo ${org}`, demo(org)]);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`\nNew items bought after the time cut (80th percentile of purchase times), hit rate @${K}:\n`);
  console.log("| data | buyers held out | most popular | cross-sell | upsell | cross-sell + upsell interleaved |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const [label, r] of rows) console.log(`| ${label} | ${r.buyers} | ${pct(r.mostPopular)} | ${pct(r.crossSell)} | ${pct(r.upsell)} | ${pct(r.combined)} |`);
}

main();
