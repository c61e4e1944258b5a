/**
 * Recommendations: hit rate @5 on held-out purchases (each customer's last purchase hidden) for
 * most-popular, item-to-item co-occurrence on purchases, and co-occurrence with profile views and
 * preferences; on synthetic taste groups and on the demo data. Also the demo's top bundles.
 * `pnpm exec tsx bench/recommendations.ts`
 */
import { mulberry32 } from "@revgraph/learning";
import { DEFAULT_OFFER_POLICY } from "@revgraph/db/vocabulary";
import {
  bundlePrice,
  evaluateHitRate,
  findBundles,
  fitOfferResponse,
  groupsFromPreferences,
  type CandidateItem,
  type HitRateResult,
  type Interaction,
  type Preferences,
  type TimedPurchase,
} from "@revgraph/personalization/models";
import { generateDemoData } from "../scripts/seed/generate";
import { machineSummary } from "./support/machine";

const K = 5;

function synthetic(seed: number): HitRateResult {
  // 60 items in 12 taste groups of 5; each customer buys 2-4 items of their group over time, and a
  // third of customers also buy one of the 3 best sellers; views: one more item of the group.
  const rng = mulberry32(seed);
  const candidates = new Map<string, CandidateItem>(Array.from({ length: 60 }, (_, i) => [`i${i}`, { id: `i${i}`, name: `i${i}`, listPrice: 1, tags: [] }]));
  const purchases: TimedPurchase[] = [];
  const views: Interaction[] = [];
  for (let c = 0; c < 3000; c++) {
    const group = Math.floor(rng() * 12);
    const order = [0, 1, 2, 3, 4].sort(() => rng() - 0.5);
    const count = 2 + Math.floor(rng() * 3);
    order.slice(0, count).forEach((offset, t) => purchases.push({ leadId: `c${c}`, itemId: `i${group * 5 + offset}`, at: new Date(Date.UTC(2024, 0, 1 + 7 * t)) }));
    if (rng() < 1 / 3) purchases.push({ leadId: `c${c}`, itemId: `i${Math.floor(rng() * 3) * 5}`, at: new Date(Date.UTC(2024, 0, 3)) });
    views.push({ leadId: `c${c}`, itemId: `i${group * 5 + order[count % 5]}`, kind: "VIEW" });
  }
  return evaluateHitRate({ purchases, views, candidates, preferences: new Map(), rejected: new Map(), k: K });
}

function main(): void {
  console.log(machineSummary());
  const rows: [string, HitRateResult][] = [];
  for (const seed of [1, 2, 3]) rows.push([`synthetic taste groups, seed ${seed}`, synthetic(seed)]);

  const demo = generateDemoData({ now: new Date("2025-06-01T12:00:00Z") });
  const bundles: string[] = [];
  for (const org of ["org-acme-realty", "org-summit-homes"]) {
    const items = demo.items.filter((i) => i.organizationId === org);
    const idByExternal = new Map(items.map((i) => [i.externalId, i.id]));
    const nameById = new Map(items.map((i) => [i.id, i.name]));
    const candidates = new Map<string, CandidateItem>(
      items.map((i) => [
        i.id,
        {
          id: i.id,
          name: i.name,
          listPrice: i.listPrice,
          tags: [i.category ?? "", ...Object.values(i.attributes).filter((v): v is string => typeof v === "string")].map((t) => t.toLowerCase()),
        },
      ]),
    );
    const when = new Map(demo.purchases.filter((p) => p.organizationId === org).map((p) => [p.id, p] as const));
    const purchases: TimedPurchase[] = demo.purchaseLines
      .filter((l) => l.organizationId === org)
      .map((l) => ({ leadId: when.get(l.purchaseId)!.leadId, itemId: l.itemId, at: when.get(l.purchaseId)!.occurredAt }));
    const profiles = demo.customerProfiles.filter((p) => p.organizationId === org);
    const views: Interaction[] = profiles.flatMap((p) =>
      [...p.viewedItems, ...p.interests].flatMap((v) => (idByExternal.has(v.itemId) ? [{ leadId: p.leadId, itemId: idByExternal.get(v.itemId)!, kind: "VIEW" as const }] : [])),
    );
    const preferences = new Map<string, Preferences>(
      profiles.map((p) => [
        p.leadId,
        {
          wanted: [...p.preferences.locations, ...p.preferences.configurations, ...p.preferences.mustHaveAmenities].map((v) => v.toLowerCase()),
          budgetMax: p.preferences.budgetMax ?? null,
        },
      ]),
    );
    const rejected = new Map(profiles.map((p) => [p.leadId, new Set(p.rejectedItems.flatMap((r) => idByExternal.get(r.itemId) ?? []))]));
    rows.push([`demo ${org}`, evaluateHitRate({ purchases, views, candidates, preferences, rejected, k: K })]);

    // Bundle prices as served under the default policy: the discount from the response learned on the organization's closed offers.
    const { groupOf } = groupsFromPreferences(new Map(profiles.map((p) => [p.leadId, p.preferences] as const)));
    const response = fitOfferResponse(
      demo.offers.filter((o) => o.organizationId === org && o.outcome).map((o) => ({ discount: o.discount, accepted: o.outcome === "ACCEPTED", group: groupOf(o.leadId) })),
    );
    const priceById = new Map(items.map((i) => [i.id, i.listPrice]));
    const baskets = new Map<string, string[]>();
    for (const l of demo.purchaseLines.filter((x) => x.organizationId === org)) baskets.set(l.purchaseId, [...(baskets.get(l.purchaseId) ?? []), l.itemId]);
    for (const b of findBundles(
      [...baskets.values()].map((itemIds) => ({ itemIds })),
      3,
    )) {
      const price = bundlePrice(
        b.itemIds.map((id) => priceById.get(id)!),
        DEFAULT_OFFER_POLICY,
        response,
      );
      bundles.push(
        `| ${org} | ${b.itemIds.map((id) => nameById.get(id)).join(" + ")} | ${b.orders} | ${(b.support * 100).toFixed(1)}% | ${(b.confidence * 100).toFixed(0)}% | ${b.lift.toFixed(2)} | ${(price.discount * 100).toFixed(1)}% (${price.basis === "LEARNED_RESPONSE" ? "learned" : "default"}) | ${price.listPrice.toLocaleString("en-US")} → ${price.price.toLocaleString("en-US")} |`,
      );
    }
  }

  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`\nNext purchase (each customer's last purchase hidden), hit rate @${K}:\n`);
  console.log(`| data | customers held out | most popular | co-occurrence without preferences | co-occurrence as served (with preferences) |`);
  console.log("| --- | --- | --- | --- | --- |");
  for (const [label, r] of rows) console.log(`| ${label} | ${r.customers} | ${pct(r.mostPopular)} | ${pct(r.coOccurrencePurchasesOnly)} | ${pct(r.coOccurrence)} |`);
  console.log(`\nFirst purchase from views (all of a viewing customer's purchases hidden; first 300 such customers), hit rate @${K}:\n`);
  console.log("| data | customers | most popular | co-occurrence of views, preferences |\n| --- | --- | --- | --- |");
  for (const [label, r] of rows) console.log(`| ${label} | ${r.firstPurchase.customers} | ${pct(r.firstPurchase.mostPopular)} | ${pct(r.firstPurchase.coOccurrence)} |`);
  console.log(
    "\n| organization | bundle | orders | support | confidence | lift | bundle discount (default policy, max 10%) | list → bundle price |\n| --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const line of bundles) console.log(line);
}

main();
