/** Unit tests of the demo commerce data: the patterns the personalization models are meant to find are really there. */
import { describe, expect, it } from "vitest";
import { findBundles } from "@revgraph/personalization/models";
import { generateDemoData } from "./generate";
import { PLANTED_PAIR } from "./generate-commerce";

const NOW = new Date("2025-06-01T12:00:00.000Z");
const data = generateDemoData({ now: NOW });

describe("demo commerce", () => {
  it("makes the planted pair each organization's top bundle by lift", () => {
    for (const org of ["org-acme-realty", "org-summit-homes"]) {
      const externalId = new Map(data.items.filter((i) => i.organizationId === org).map((i) => [i.id, i.externalId]));
      const baskets = new Map<string, string[]>();
      for (const line of data.purchaseLines.filter((l) => l.organizationId === org))
        baskets.set(line.purchaseId, [...(baskets.get(line.purchaseId) ?? []), externalId.get(line.itemId)!]);
      const [top, second] = findBundles(
        [...baskets.values()].map((itemIds) => ({ itemIds })),
        2,
      );
      expect([...top.itemIds].sort()).toEqual([...PLANTED_PAIR].sort());
      expect(top.lift).toBeGreaterThan(second.lift * 1.1);
    }
  });

  it("sells only to won leads, after they closed and before now, with totals that add up", () => {
    const leads = new Map(data.leads.map((l) => [l.id, l]));
    const lines = new Map<string, number>();
    for (const line of data.purchaseLines) lines.set(line.purchaseId, (lines.get(line.purchaseId) ?? 0) + line.quantity * line.unitPrice);
    for (const p of data.purchases) {
      const lead = leads.get(p.leadId)!;
      expect(lead.status).toBe("WON");
      expect(p.occurredAt.getTime()).toBeGreaterThanOrEqual(lead.closedAt!.getTime());
      expect(p.occurredAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(p.total).toBe(lines.get(p.id));
    }
    expect(new Set(data.purchases.map((p) => `${p.organizationId}/${p.externalId}`)).size).toBe(data.purchases.length);
  });

  it("plants a price-sensitive segment: below-median budgets accept deep discounts far more often than shallow ones", () => {
    const leads = new Map(data.leads.map((l) => [l.id, l]));
    const medians = new Map<string, number>();
    for (const org of new Set(data.leads.map((l) => l.organizationId))) {
      const budgets = data.leads
        .filter((l) => l.organizationId === org)
        .map((l) => Number(l.attributes.budget))
        .sort((a, b) => a - b);
      medians.set(org, budgets[Math.floor(budgets.length / 2)]);
    }
    const closed = data.offers.filter((o) => o.outcome);
    const acceptance = (sensitive: boolean, deep: boolean) => {
      const rows = closed.filter((o) => {
        const lead = leads.get(o.leadId)!;
        const isSensitive = Number(lead.attributes.budget) < medians.get(lead.organizationId)!;
        return isSensitive === sensitive && (deep ? o.discount >= 0.12 : o.discount <= 0.02);
      });
      return rows.filter((o) => o.outcome === "ACCEPTED").length / rows.length;
    };
    const sensitiveLift = acceptance(true, true) - acceptance(true, false);
    const otherLift = acceptance(false, true) - acceptance(false, false);
    expect(sensitiveLift).toBeGreaterThan(0.3);
    expect(otherLift).toBeLessThan(0.15);
    expect(data.offers.every((o) => o.discount >= 0 && o.discount <= 1)).toBe(true);
  });
});
