import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

// Regression: personalization's Lead reference accepted any id, so an _entities call naming another
// organization's lead (or a made-up id) got the caller's own popular items as its recommendations.
// Every field personalization adds to Lead must answer such an id with nothing.

let stack: TestStack;
let rep: TestUser;
let ownLead: string;
let foreignLead: string;
let itemId: string;
beforeAll(async () => {
  stack = await startTestStack();
  rep = await (await stack.createOrg()).user();
  const other = await (await stack.createOrg()).user();
  const createLeads = async (user: TestUser, names: string[]) =>
    (
      await user.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, { input: names.map((name) => ({ name })) })
    ).createLeads.leads.map((lead: { id: string }) => lead.id) as string[];
  const buyers = await createLeads(rep, ["Buyer 1", "Buyer 2", "Buyer 3"]);
  [ownLead] = await createLeads(rep, ["Browser"]);
  [foreignLead] = await createLeads(other, ["Elsewhere"]);

  const upserted = await rep.client.query(`mutation($input: [ItemInput!]!) { upsertItems(input: $input) { items { id externalId } errors { field } } }`, {
    input: [
      { externalId: "kitchen", name: "Modular Kitchen", category: "Add-on", listPrice: 300 },
      { externalId: "parking", name: "Parking Slot", category: "Parking", listPrice: 100 },
    ],
  });
  expect(upserted.upsertItems.errors).toEqual([]);
  const ids = Object.fromEntries(upserted.upsertItems.items.map((i: { externalId: string; id: string }) => [i.externalId, i.id]));
  itemId = ids.kitchen;
  const recorded = await rep.client.query(`mutation($input: [PurchaseInput!]!) { recordPurchases(input: $input) { errors { field code } } }`, {
    input: buyers.map((leadId, i) => ({ externalId: `p-${i}`, leadId, occurredAt: "2025-01-10T00:00:00Z", lines: [{ itemId: ids.kitchen, quantity: 1, unitPrice: 300 }] })),
  });
  expect(recorded.recordPurchases.errors).toEqual([]);
  const interaction = await rep.client.query(`mutation($input: RecordProfileInteractionInput!) { recordProfileInteraction(input: $input) { errors { field code } } }`, {
    input: { leadId: ownLead, preferences: { budgetMax: 500 } },
  });
  expect(interaction.recordProfileInteraction.errors).toEqual([]);
});
afterAll(async () => {
  await stack?.close();
});

const ENTITIES = `query($r: [_Any!]!, $item: ID!) { _entities(representations: $r) { ... on Lead {
  id profile { leadId } recommendedItems(first: 5) { item { id } } suggestedOffer(itemId: $item) { discount }
} } }`;

const entities = async (ids: string[]) =>
  (await stack.direct("personalization", rep.token).query(ENTITIES, { r: ids.map((id) => ({ __typename: "Lead", id })), item: itemId }))._entities;

describe("Lead entities in the personalization subgraph", () => {
  it("answers the caller's own lead with its profile, the catalog's items and an offer", async () => {
    const [own] = await entities([ownLead]);
    expect(own.profile).toEqual({ leadId: ownLead });
    expect(own.recommendedItems.map((r: { item: { id: string } }) => r.item.id)).toContain(itemId);
    expect(own.suggestedOffer).toMatchObject({ discount: expect.any(Number) });
  });

  it("answers another organization's lead and ids that are no lead with nothing in every field", async () => {
    const madeUp = crypto.randomUUID();
    const result = await entities([foreignLead, madeUp, "not-a-lead", ownLead]);
    const nothing = (id: string) => ({ id, profile: null, recommendedItems: [], suggestedOffer: null });
    expect(result.slice(0, 3)).toEqual([nothing(foreignLead), nothing(madeUp), nothing("not-a-lead")]);
    // The same request still answers the caller's own lead.
    expect(result[3].recommendedItems.length).toBeGreaterThan(0);
  });

  it("checks which leads are the caller's in one batched query, however many leads are named", async () => {
    const cost = async (ids: string[]) => {
      const before = stack.database.queryCount();
      const result = await stack
        .direct("personalization", rep.token)
        .query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { profile { leadId } recommendedItems(first: 5) { item { id } } } } }`, {
          r: ids.map((id) => ({ __typename: "Lead", id })),
        });
      expect(result._entities).toHaveLength(ids.length);
      return stack.database.queryCount() - before;
    };
    const many = [ownLead, foreignLead, ...Array.from({ length: 10 }, () => crypto.randomUUID())];
    expect(await cost(many)).toBe(await cost([ownLead]));
  });
});
