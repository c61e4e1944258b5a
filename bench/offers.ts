/**
 * Offers: the price-response model P(accept | discount, price-sensitivity group) on held-out offers
 * (each organization's latest 20% of closed offers by the time they were made; fitted on the earlier
 * 80%), against a constant acceptance rate and a curve on the discount alone; next to the demo's
 * generative truth (the floor no model can beat on average). Then the suggested discounts per group
 * under a few policies. `pnpm exec tsx bench/offers.ts`
 */
import { auc, brier, logLoss } from "@revgraph/learning";
import { acceptanceProbability, chooseDiscount, fitOfferResponse, groupsFromPreferences, type OfferObservation } from "@revgraph/personalization/models";
import { generateDemoData } from "../scripts/seed/generate";
import { machineSummary } from "./support/machine";

const fmt = (x: number | null) => (x === null ? "—" : x.toFixed(3));

function main(): void {
  console.log(machineSummary());
  const demo = generateDemoData({ now: new Date("2025-06-01T12:00:00Z") });
  console.log("| organization | test offers (accepted) | model | log loss | AUC | Brier |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  const suggestions: string[] = [];
  for (const org of ["org-acme-realty", "org-summit-homes"]) {
    const profiles = demo.customerProfiles.filter((p) => p.organizationId === org);
    const { groupOf } = groupsFromPreferences(new Map(profiles.map((p) => [p.leadId, p.preferences] as const)));
    const leads = demo.leads.filter((l) => l.organizationId === org);
    const budgets = leads.map((l) => Number(l.attributes.budget)).sort((a, b) => a - b);
    const truthMedian = budgets[Math.floor(budgets.length / 2)];
    const budgetOf = new Map(leads.map((l) => [l.id, Number(l.attributes.budget)] as const));
    const offers = demo.offers.filter((o) => o.organizationId === org && o.outcome).sort((a, b) => a.madeAt.getTime() - b.madeAt.getTime());
    const cut = Math.floor(offers.length * 0.8);
    const observe = (o: (typeof offers)[number]): OfferObservation => ({ discount: o.discount, group: groupOf(o.leadId), accepted: o.outcome === "ACCEPTED" });
    const train = offers.slice(0, cut).map(observe);
    const test = offers.slice(cut);
    const y = test.map((o) => (o.outcome === "ACCEPTED" ? 1 : 0));
    const model = fitOfferResponse(train)!;
    const discountOnly = fitOfferResponse(train.map((o) => ({ ...o, group: "BUDGET_AT_OR_ABOVE_MEDIAN" as const })))!;
    const rate = train.filter((o) => o.accepted).length / train.length;
    // The generator's curve (scripts/seed/generate-commerce.ts): slope 18 below the median budget of all leads, 3 otherwise.
    const truth = test.map((o) => 1 / (1 + Math.exp(-(-1.8 + (budgetOf.get(o.leadId)! < truthMedian ? 18 : 3) * o.discount))));
    const rows: [string, number[]][] = [
      ["constant acceptance rate (baseline)", test.map(() => rate)],
      ["logistic on the discount alone", test.map((o) => acceptanceProbability(discountOnly, o.discount, "BUDGET_AT_OR_ABOVE_MEDIAN"))],
      ["logistic on discount × price-sensitivity group (product)", test.map((o) => acceptanceProbability(model, o.discount, groupOf(o.leadId)))],
      ["the generator's true curve (floor)", truth],
    ];
    for (const [name, p] of rows)
      console.log(`| ${org} | ${test.length} (${y.filter(Boolean).length}) | ${name} | ${fmt(logLoss(p, y))} | ${fmt(auc(p, y))} | ${fmt(brier(p, y))} |`);
    const full = fitOfferResponse(offers.map(observe))!;
    for (const policy of [
      { maxDiscount: 0.1, marginFloor: 0, costShare: 0 },
      { maxDiscount: 0.2, marginFloor: 0.05, costShare: 0.75 },
      { maxDiscount: 0.15, marginFloor: 0.1, costShare: 0.8 },
    ]) {
      const cell = (["BUDGET_BELOW_MEDIAN", "BUDGET_AT_OR_ABOVE_MEDIAN"] as const).map((g) => {
        const c = chooseDiscount(full, g, policy);
        return `${(c.discount * 100).toFixed(1)}% (lift ${(100 * (c.acceptance - c.baselineAcceptance)).toFixed(1)} pts)`;
      });
      suggestions.push(`| ${org} | max ${policy.maxDiscount}, floor ${policy.marginFloor}, cost ${policy.costShare} | ${cell[0]} | ${cell[1]} |`);
    }
  }
  console.log("\n| organization | policy | suggested, budget below median | suggested, at or above |\n| --- | --- | --- | --- |");
  for (const line of suggestions) console.log(line);
}

main();
