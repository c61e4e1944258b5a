import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNotNull } from "drizzle-orm";
import { schema } from "@revgraph/db";
import { mulberry32 } from "@revgraph/learning";
import { median, statedBudget } from "@revgraph/personalization/models";
import { startTestStack, type TestStack } from "@revgraph/testkit";
import { seedDemoData } from "../scripts/seed/load";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData(stack.database.db, { now: new Date() });
}, 180_000);
afterAll(async () => {
  await stack?.close();
});

const ORG = "org-acme-realty";
const POLICY = `{ offerPolicy { maxDiscount marginFloor costShare allowedDiscount approverRole isDefault updatedAt } }`;
const UPDATE = `mutation($input: UpdateOfferPolicyInput!) {
  updateOfferPolicy(input: $input) { policy { maxDiscount marginFloor costShare allowedDiscount approverRole isDefault } errors { field code message } }
}`;
const SUGGEST_ONE = `query($id: ID!, $item: ID!) {
  lead(id: $id) { id suggestedOffer(itemId: $item) {
    item { id listPrice } discount price acceptanceProbability baselineAcceptanceProbability expectedConversionLift expectedMargin
    priceSensitivityGroup scarcity policy { allowedDiscount } factors { name detail } } }
}`;

const storedPolicies = (org: string) => stack.database.db.select().from(schema.offerPolicies).where(eq(schema.offerPolicies.organizationId, org));

/** Demo leads with a profile and a stated budget on each side of the organization's median, and a property they were offered. */
async function demoLeads() {
  const profiles = await stack.database.db.select().from(schema.customerProfiles).where(eq(schema.customerProfiles.organizationId, ORG));
  const budgets = profiles.flatMap((p) => {
    const budget = statedBudget(p.preferences);
    return budget === null ? [] : [{ leadId: p.leadId, budget }];
  });
  const mid = median(budgets.map((b) => b.budget))!;
  const [offer] = await stack.database.db
    .select({ itemId: schema.offers.itemId })
    .from(schema.offers)
    .where(and(eq(schema.offers.organizationId, ORG), isNotNull(schema.offers.outcome)))
    .limit(1);
  return {
    below: budgets
      .filter((b) => b.budget < mid)
      .slice(0, 5)
      .map((b) => b.leadId),
    above: budgets
      .filter((b) => b.budget >= mid)
      .slice(0, 5)
      .map((b) => b.leadId),
    itemId: offer.itemId,
  };
}

describe("offer policy", () => {
  it("starts at the documented default, which reps can read but not change", async () => {
    const rep = await (await stack.createOrg()).user("rep");
    expect((await rep.client.query(POLICY)).offerPolicy).toMatchObject({
      maxDiscount: 0.1,
      marginFloor: 0,
      costShare: 0,
      allowedDiscount: 0.1,
      approverRole: "MANAGER",
      isDefault: true,
      updatedAt: null,
    });
    const response = await rep.client.raw(UPDATE, { input: { maxDiscount: 0.2, marginFloor: 0.1, approverRole: "ADMIN" } });
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await storedPolicies(rep.organizationId)).toEqual([]);
  });

  it("rejects a discount above 100%, a negative margin floor and a floor above the price with coded errors, writing nothing", async () => {
    const org = await stack.createOrg();
    const manager = await org.user("manager");
    const bad = [
      [{ maxDiscount: 1.5, marginFloor: 0.1 }, "input.maxDiscount", "OUT_OF_RANGE"],
      [{ maxDiscount: 0.2, marginFloor: -0.1 }, "input.marginFloor", "OUT_OF_RANGE"],
      [{ maxDiscount: 0.2, marginFloor: 0.5, costShare: 0.6 }, "input.marginFloor", "INVALID_RANGE"],
    ] as const;
    for (const [values, field, code] of bad) {
      const { updateOfferPolicy } = await manager.client.query(UPDATE, { input: { ...values, approverRole: "MANAGER" } });
      expect(updateOfferPolicy.errors).toEqual([expect.objectContaining({ field, code })]);
      expect(updateOfferPolicy.policy.isDefault).toBe(true);
    }
    expect(await storedPolicies(org.id)).toEqual([]);
  });

  it("lets a manager set the policy, which another organization never sees", async () => {
    const mine = await (await stack.createOrg()).user("manager");
    const other = await (await stack.createOrg()).user("admin");
    const { updateOfferPolicy } = await mine.client.query(UPDATE, { input: { maxDiscount: 0.25, marginFloor: 0.3, costShare: 0.5, approverRole: "ADMIN" } });
    expect(updateOfferPolicy).toEqual({
      policy: { maxDiscount: 0.25, marginFloor: 0.3, costShare: 0.5, allowedDiscount: 0.2, approverRole: "ADMIN", isDefault: false },
      errors: [],
    });
    expect((await mine.client.query(POLICY)).offerPolicy).toMatchObject({ maxDiscount: 0.25, isDefault: false });
    expect((await other.client.query(POLICY)).offerPolicy).toMatchObject({ maxDiscount: 0.1, isDefault: true });
  });
});

describe("suggested offers on the demo data", () => {
  it("gives the planted price-sensitive group (budget below the median) the larger discount", async () => {
    const manager = await stack.as({ userId: "manager-oscar", organizationId: ORG, role: "manager" });
    // Thin margins (cost 75% of list price), so a discount pays only where it moves acceptance a lot.
    await manager.query(UPDATE, { input: { maxDiscount: 0.2, marginFloor: 0.05, costShare: 0.75, approverRole: "MANAGER" } });
    const { below, above, itemId } = await demoLeads();
    const suggest = async (id: string) => (await manager.query(SUGGEST_ONE, { id, item: itemId })).lead.suggestedOffer;
    const sensitive = await suggest(below[0]);
    const rest = await suggest(above[0]);
    expect(sensitive.priceSensitivityGroup).toBe("BUDGET_BELOW_MEDIAN");
    expect(rest.priceSensitivityGroup).toBe("BUDGET_AT_OR_ABOVE_MEDIAN");
    expect(sensitive.discount).toBeGreaterThan(rest.discount + 0.03);
    expect(sensitive.expectedConversionLift).toBeGreaterThan(rest.expectedConversionLift);
    expect(sensitive.acceptanceProbability).toBeGreaterThan(sensitive.baselineAcceptanceProbability);
    expect(sensitive.price).toBeCloseTo(sensitive.item.listPrice * (1 - sensitive.discount), 6);
    expect(sensitive.factors.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(["Price sensitivity", "Response to past offers", "Policy"]));
  });

  it("never suggests a discount outside the policy, over random policies and leads", async () => {
    const manager = await stack.as({ userId: "manager-oscar", organizationId: ORG, role: "manager" });
    const { below, above, itemId } = await demoLeads();
    const rng = mulberry32(7);
    for (let trial = 0; trial < 12; trial++) {
      const costShare = trial % 3 === 0 ? 0 : Math.round(rng() * 80) / 100;
      const input = { maxDiscount: Math.round(rng() * 100) / 100, marginFloor: Math.round(rng() * (1 - costShare) * 100) / 100, costShare, approverRole: "MANAGER" };
      expect((await manager.query(UPDATE, { input })).updateOfferPolicy.errors).toEqual([]);
      for (const id of [below[trial % 5], above[trial % 5]]) {
        const offer = (await manager.query(SUGGEST_ONE, { id, item: itemId })).lead.suggestedOffer;
        expect(offer.discount).toBeGreaterThanOrEqual(0);
        expect(offer.discount).toBeLessThanOrEqual(input.maxDiscount + 1e-12);
        expect(1 - offer.discount - costShare).toBeGreaterThanOrEqual(input.marginFloor - 1e-9);
        expect(offer.policy.allowedDiscount).toBeCloseTo(Math.max(0, Math.min(input.maxDiscount, 1 - costShare - input.marginFloor)), 9);
      }
    }
  });
});

describe("suggested offers in a new organization", () => {
  it("suggests no discount until there are offers to learn from, says so, and notes scarcity only when stock is low", async () => {
    const rep = await (await stack.createOrg()).user("rep");
    const { createLeads } = await rep.client.query(`mutation { createLeads(input: [{ name: "Buyer" }]) { leads { id } } }`);
    const leadId = createLeads.leads[0].id;
    const { upsertItems } = await rep.client.query(
      `mutation { upsertItems(input: [{ externalId: "low", name: "Low", listPrice: 100, stock: 2 }, { externalId: "plenty", name: "Plenty", listPrice: 100, stock: 50 }, { externalId: "plan", name: "Plan", listPrice: 100 }]) { items { id externalId } } }`,
    );
    const id = (sku: string) => upsertItems.items.find((i: { externalId: string }) => i.externalId === sku).id;
    const offer = async (item: string) => (await rep.client.query(SUGGEST_ONE, { id: leadId, item })).lead.suggestedOffer;
    const low = await offer(id("low"));
    expect(low).toMatchObject({
      discount: 0,
      price: 100,
      acceptanceProbability: null,
      expectedConversionLift: null,
      priceSensitivityGroup: "BUDGET_UNKNOWN",
      scarcity: "Only 2 left",
    });
    expect(low.factors.map((f: { name: string }) => f.name)).toContain("No response curve");
    expect((await offer(id("plenty"))).scarcity).toBeNull();
    expect((await offer(id("plan"))).scarcity).toBeNull();
  });

  it("does not suggest offers on another organization's items", async () => {
    const rep = await (await stack.createOrg()).user("rep");
    const { createLeads } = await rep.client.query(`mutation { createLeads(input: [{ name: "Buyer" }]) { leads { id } } }`);
    const { itemId } = await demoLeads();
    expect((await rep.client.query(SUGGEST_ONE, { id: createLeads.leads[0].id, item: itemId })).lead.suggestedOffer).toBeNull();
  });
});
