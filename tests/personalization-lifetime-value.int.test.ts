import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { schema } from "@revgraph/db";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

const DAY = 86_400_000;
const LTV = `query($id: ID!, $h: Int) { lead(id: $id) { profile { lifetimeValue(horizonDays: $h) { expectedRevenue low high expectedPurchases probabilityAlive horizonDays model } } } }`;

async function setUp(rep: TestUser, customers: number) {
  const leads = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, {
    input: Array.from({ length: customers + 1 }, (_, i) => ({ name: `Customer ${i}` })),
  });
  const ids: string[] = leads.createLeads.leads.map((l: { id: string }) => l.id);
  const item = await rep.client.query(`mutation { upsertItems(input: [{ externalId: "plan", name: "Plan", listPrice: 50 }]) { items { id } } }`);
  const itemId = item.upsertItems.items[0].id;
  const now = Date.now();
  // Customer i buys every 2 weeks, starting 200 days ago; the first half stopped after their first two purchases.
  const purchases = ids.slice(0, customers).flatMap((leadId, i) => {
    const count = i < customers / 2 ? 2 : 2 + (i % 6);
    return Array.from({ length: count }, (_, k) => {
      const days = i < customers / 2 ? 200 - 14 * k : 14 * (count - 1 - k) + 2;
      return { externalId: `o-${i}-${k}`, leadId, occurredAt: new Date(now - days * DAY).toISOString(), lines: [{ itemId, quantity: 1, unitPrice: 40 + (i % 5) * 10 }] };
    });
  });
  const recorded = await rep.client.query(`mutation($input: [PurchaseInput!]!) { recordPurchases(input: $input) { createdCount errors { field code } } }`, { input: purchases });
  expect(recorded.recordPurchases.errors).toEqual([]);
  for (const leadId of ids)
    await rep.client.query(`mutation($input: RecordProfileInteractionInput!) { recordProfileInteraction(input: $input) { errors { code } } }`, {
      input: { leadId, newSession: true },
    });
  return { ids, lapsed: ids[0], active: ids[customers - 1], nonCustomer: ids[customers] };
}

describe("lifetime value", () => {
  it("estimates a customer's next-year revenue with an interval, higher for a steady buyer than for one who lapsed", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const { lapsed, active, nonCustomer } = await setUp(rep, 30);
    const activeLtv = (await rep.client.query(LTV, { id: active })).lead.profile.lifetimeValue;
    const lapsedLtv = (await rep.client.query(LTV, { id: lapsed })).lead.profile.lifetimeValue;
    expect(activeLtv).toMatchObject({ horizonDays: 365, model: "BG/NBD + Gamma-Gamma" });
    expect(activeLtv.expectedRevenue).toBeGreaterThan(lapsedLtv.expectedRevenue * 2);
    expect(activeLtv.probabilityAlive).toBeGreaterThan(lapsedLtv.probabilityAlive);
    expect(activeLtv.low).toBeLessThanOrEqual(activeLtv.expectedRevenue);
    expect(activeLtv.high).toBeGreaterThan(activeLtv.expectedRevenue);
    const shorter = (await rep.client.query(LTV, { id: active, h: 30 })).lead.profile.lifetimeValue;
    expect(shorter.expectedPurchases).toBeLessThan(activeLtv.expectedPurchases);
    expect((await rep.client.query(LTV, { id: nonCustomer })).lead.profile.lifetimeValue).toBeNull();

    const [stored] = await stack.database.db.select().from(schema.lifetimeValueModels).where(eq(schema.lifetimeValueModels.organizationId, org.id));
    expect(stored).toMatchObject({ customers: 30 });

    const bad = await rep.client.raw(LTV, { id: active, h: 0 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "horizonDays" });
  });

  it("fits no model on too few customers, and another organization sees none of it", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const { active } = await setUp(rep, 10);
    expect((await rep.client.query(LTV, { id: active })).lead.profile.lifetimeValue).toBeNull();
    const stranger = await (await stack.createOrg()).user();
    expect((await stranger.client.query(LTV, { id: active })).lead).toBeNull();
  });
});
