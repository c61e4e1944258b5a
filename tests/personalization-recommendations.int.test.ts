import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

const RECOMMENDED = `query($id: ID!) { lead(id: $id) { recommendedItems(first: 3) { item { externalId name } score reason } } }`;
const BUNDLES = `query { bundles(first: 3) { items { externalId } orders support confidence lift listPrice reason } }`;

/** 13 customers: 8 buy kitchen + interiors in one purchase, 6 of them parking later; 5 buy parking alone; then two who bought only the kitchen. */
async function shop(rep: TestUser) {
  const leads = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, {
    input: Array.from({ length: 15 }, (_, i) => ({ name: `Shopper ${i}` })),
  });
  const ids: string[] = leads.createLeads.leads.map((l: { id: string }) => l.id);
  const upserted = await rep.client.query(`mutation($input: [ItemInput!]!) { upsertItems(input: $input) { items { id externalId } errors { field } } }`, {
    input: [
      { externalId: "kitchen", name: "Modular Kitchen", category: "Add-on", listPrice: 300 },
      { externalId: "interiors", name: "Interior Package", category: "Add-on", listPrice: 500 },
      { externalId: "parking", name: "Parking Slot", category: "Parking", listPrice: 100 },
      { externalId: "solar", name: "Solar Panels", category: "Energy", listPrice: 200, attributes: { location: "Whitefield" } },
    ],
  });
  const item = Object.fromEntries(upserted.upsertItems.items.map((i: { externalId: string; id: string }) => [i.externalId, i.id]));
  const line = (sku: string) => ({ itemId: item[sku], quantity: 1, unitPrice: 100 });
  const input = [
    ...ids.slice(0, 8).map((leadId, i) => ({ externalId: `pair-${i}`, leadId, occurredAt: "2025-01-10T00:00:00Z", lines: [line("kitchen"), line("interiors")] })),
    ...ids.slice(0, 6).map((leadId, i) => ({ externalId: `later-${i}`, leadId, occurredAt: "2025-02-10T00:00:00Z", lines: [line("parking")] })),
    ...ids.slice(8, 13).map((leadId, i) => ({ externalId: `alone-${i}`, leadId, occurredAt: "2025-01-10T00:00:00Z", lines: [line("parking")] })),
    { externalId: "me-kitchen", leadId: ids[13], occurredAt: "2025-01-10T00:00:00Z", lines: [line("kitchen")] },
    { externalId: "you-kitchen", leadId: ids[14], occurredAt: "2025-01-10T00:00:00Z", lines: [line("kitchen")] },
  ];
  const recorded = await rep.client.query(`mutation($input: [PurchaseInput!]!) { recordPurchases(input: $input) { errors { field code } } }`, { input });
  expect(recorded.recordPurchases.errors).toEqual([]);
  return { ids, me: ids[13], you: ids[14] };
}

async function itemId(rep: TestUser, externalId: string): Promise<string | undefined> {
  const result = await rep.client.query(`query { items(first: 50) { nodes { id externalId } } }`);
  return result.items.nodes.find((i: { externalId: string }) => i.externalId === externalId)?.id;
}

async function interact(rep: TestUser, input: Record<string, unknown>) {
  const result = await rep.client.query(`mutation($input: RecordProfileInteractionInput!) { recordProfileInteraction(input: $input) { errors { field code } } }`, { input });
  expect(result.recordProfileInteraction.errors).toEqual([]);
}

describe("recommendations", () => {
  it("recommends what buyers of the lead's items also bought, with the counts as the reason", async () => {
    const rep = await (await stack.createOrg()).user();
    const { you } = await shop(rep);
    const [top] = (await rep.client.query(RECOMMENDED, { id: you })).lead.recommendedItems;
    expect(top).toMatchObject({ item: { externalId: "interiors" }, reason: "Bought together with Modular Kitchen by 8 of 10 buyers of Modular Kitchen" });
  });

  it("never recommends an item the lead rejected, however strong the evidence for it", async () => {
    const rep = await (await stack.createOrg()).user();
    const { me } = await shop(rep);
    await interact(rep, { leadId: me, rejectedItem: { itemId: "interiors", name: "Interior Package", reason: "Over budget" } });
    const items = (await rep.client.query(RECOMMENDED, { id: me })).lead.recommendedItems.map((r: { item: { externalId: string } }) => r.item.externalId);
    expect(items).not.toContain("interiors");
    expect(items).not.toContain("kitchen"); // already bought
    expect(items[0]).toBe("parking");
  });

  it("answers from the latest purchases, rejections and catalog although the model is kept between requests", async () => {
    const rep = await (await stack.createOrg()).user();
    const { you } = await shop(rep);
    const top = async () => (await rep.client.query(RECOMMENDED, { id: you })).lead.recommendedItems[0];
    expect((await top()).item.externalId).toBe("interiors");
    // A rejection (a profile update) takes effect on the next request.
    await interact(rep, { leadId: you, rejectedItem: { itemId: "interiors", name: "Interior Package", reason: "Over budget" } });
    expect((await top()).item.externalId).not.toBe("interiors");
    // So does a purchase: once the lead buys parking it is no longer recommended.
    const before = (await top()).item.externalId;
    const bought = await rep.client.query(`mutation($input: [PurchaseInput!]!) { recordPurchases(input: $input) { errors { field code } } }`, {
      input: [
        { externalId: "you-again", leadId: you, occurredAt: "2025-03-01T00:00:00Z", lines: [{ itemId: (await itemId(rep, before)) as string, quantity: 1, unitPrice: 100 }] },
      ],
    });
    expect(bought.recordPurchases.errors).toEqual([]);
    expect((await top())?.item.externalId).not.toBe(before);
    // And a renamed item is named anew.
    await rep.client.query(`mutation($input: [ItemInput!]!) { upsertItems(input: $input) { errors { field } } }`, {
      input: [{ externalId: "solar", name: "Rooftop Solar", category: "Energy", listPrice: 200, attributes: { location: "Whitefield" } }],
    });
    const names = (await rep.client.query(RECOMMENDED, { id: you })).lead.recommendedItems.map((r: { item: { name: string } }) => r.item.name);
    expect(names).not.toContain("Solar Panels");
  });

  it("blends in stated preferences: a lead with no purchases who wants Whitefield gets the Whitefield item first", async () => {
    const rep = await (await stack.createOrg()).user();
    await shop(rep);
    const [fresh] = (await rep.client.query(`mutation { createLeads(input: [{ name: "New" }]) { leads { id } } }`)).createLeads.leads;
    const before = (await rep.client.query(RECOMMENDED, { id: fresh.id })).lead.recommendedItems;
    expect(before[0].item.externalId).toBe("parking"); // most bought (11 buyers)
    await interact(rep, { leadId: fresh.id, preferences: { locations: ["whitefield"] } });
    const after = (await rep.client.query(RECOMMENDED, { id: fresh.id })).lead.recommendedItems;
    expect(after[0]).toMatchObject({ item: { externalId: "solar" }, reason: "Matches the stated preferences" });
  });
});

describe("bundles", () => {
  it("finds the pair bought together in the same purchase, with support, confidence and lift; another organization sees none", async () => {
    const rep = await (await stack.createOrg()).user();
    await shop(rep);
    const bundles = (await rep.client.query(BUNDLES)).bundles;
    expect(bundles).toHaveLength(1);
    expect(bundles[0]).toMatchObject({
      items: [{ externalId: "interiors" }, { externalId: "kitchen" }],
      orders: 8,
      confidence: 1,
      listPrice: 800,
      reason: "Bought together in 8 of 8 purchases of Interior Package",
    });
    expect(bundles[0].support).toBeCloseTo(8 / 21, 10);
    expect(bundles[0].lift).toBeCloseTo((8 * 21) / (8 * 10), 10);
    const stranger = await (await stack.createOrg()).user();
    expect((await stranger.client.query(BUNDLES)).bundles).toEqual([]);
  });

  it("prices each bundle within the offer policy: the default 5% off until offers are learned from, capped by a tighter policy", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    await shop(rep);
    const PRICED = `query { bundles(first: 1) { listPrice discount price discountReason } }`;
    expect((await rep.client.query(PRICED)).bundles[0]).toMatchObject({ listPrice: 800, discount: 0.05, price: 760 });
    // A 2% maximum caps the bundle discount; a margin floor with a cost share caps it further (1 − 0.9 − 0.09 = 1%).
    const admin = await org.user("admin");
    const update = `mutation($input: UpdateOfferPolicyInput!) { updateOfferPolicy(input: $input) { errors { code } } }`;
    await admin.client.query(update, { input: { maxDiscount: 0.02, marginFloor: 0, approverRole: "MANAGER" } });
    expect((await rep.client.query(PRICED)).bundles[0]).toMatchObject({ discount: 0.02, price: 784, discountReason: expect.stringContaining("capped") });
    await admin.client.query(update, { input: { maxDiscount: 0.5, marginFloor: 0.09, costShare: 0.9, approverRole: "MANAGER" } });
    const floored = (await rep.client.query(PRICED)).bundles[0];
    expect(floored.discount).toBeCloseTo(0.01, 9);
    expect(floored.price).toBeGreaterThanOrEqual(800 * (0.9 + 0.09) - 1e-9);
  });

  it("refuses a page size out of range with a coded error", async () => {
    const rep = await (await stack.createOrg()).user();
    const result = await rep.client.raw(`query { bundles(first: 51) { orders } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});
