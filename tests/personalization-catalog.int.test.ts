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

const UPSERT = `mutation($input: [ItemInput!]!) {
  upsertItems(input: $input) { items { id externalId name category listPrice stock attributes } createdCount updatedCount errors { field code message } }
}`;
const ITEMS = `query($first: Int, $after: String, $filter: ItemFilter) {
  items(first: $first, after: $after, filter: $filter) { nodes { id externalId name } pageInfo { hasNextPage endCursor } totalCount }
}`;
const PURCHASES = `mutation($input: [PurchaseInput!]!) {
  recordPurchases(input: $input) {
    purchases { id externalId leadId total lines { itemId quantity unitPrice item { externalId } } }
    createdCount replayedCount errors { field code message }
  }
}`;
const OFFER = `mutation($input: RecordOfferInput!) { recordOffer(input: $input) { offer { id discount outcome item { externalId } } errors { field code message } } }`;
const OUTCOME = `mutation($input: RecordOfferOutcomeInput!) { recordOfferOutcome(input: $input) { offer { id outcome outcomeAt } errors { field code message } } }`;

async function createLeads(user: TestUser, count: number): Promise<string[]> {
  const input = Array.from({ length: count }, (_, i) => ({ name: `Buyer ${i}` }));
  const data = await user.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } errors { field } } }`, { input });
  return data.createLeads.leads.map((lead: { id: string }) => lead.id);
}

async function upsert(user: TestUser, input: unknown[]) {
  return (await user.client.query(UPSERT, { input })).upsertItems;
}

async function catalog(user: TestUser, skus: string[]): Promise<Record<string, string>> {
  const result = await upsert(
    user,
    skus.map((sku, i) => ({ externalId: sku, name: `Item ${sku}`, category: i % 2 ? "Add-on" : "Core", listPrice: 100 + i })),
  );
  expect(result.errors).toEqual([]);
  return Object.fromEntries(result.items.map((item: { externalId: string; id: string }) => [item.externalId, item.id]));
}

async function countRows(org: string) {
  const items = await stack.database.db.select().from(schema.items).where(eq(schema.items.organizationId, org));
  const purchases = await stack.database.db.select().from(schema.purchases).where(eq(schema.purchases.organizationId, org));
  const lines = await stack.database.db.select().from(schema.purchaseLines).where(eq(schema.purchaseLines.organizationId, org));
  const offers = await stack.database.db.select().from(schema.offers).where(eq(schema.offers.organizationId, org));
  return { items: items.length, purchases: purchases.length, lines: lines.length, offers: offers.length };
}

describe("catalog", () => {
  it("creates items, replaces them by externalId, and pages through them by name", async () => {
    const rep = await (await stack.createOrg()).user();
    const created = await upsert(rep, [
      { externalId: "sku-b", name: "Beta", category: "Core", listPrice: 10, stock: 3, attributes: { color: "red", size: 2, fragile: true } },
      { externalId: "sku-a", name: "Alpha", listPrice: 0 },
      { externalId: "sku-c", name: "Gamma", category: "Add-on", listPrice: 5.5, stock: 0 },
    ]);
    expect(created).toMatchObject({ createdCount: 3, updatedCount: 0, errors: [] });
    expect(created.items[0]).toMatchObject({ externalId: "sku-b", listPrice: 10, stock: 3, attributes: { color: "red", size: 2, fragile: true } });

    const replaced = await upsert(rep, [{ externalId: "sku-b", name: "Beta 2", listPrice: 12 }]);
    expect(replaced).toMatchObject({ createdCount: 0, updatedCount: 1, items: [{ id: created.items[0].id, name: "Beta 2", category: null, stock: null, attributes: {} }] });

    const first = (await rep.client.query(ITEMS, { first: 2 })).items;
    expect(first.nodes.map((n: { name: string }) => n.name)).toEqual(["Alpha", "Beta 2"]);
    expect(first).toMatchObject({ pageInfo: { hasNextPage: true }, totalCount: 3 });
    const second = (await rep.client.query(ITEMS, { first: 2, after: first.pageInfo.endCursor })).items;
    expect(second.nodes.map((n: { name: string }) => n.name)).toEqual(["Gamma"]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const addOns = (await rep.client.query(ITEMS, { filter: { category: ["Add-on"] } })).items;
    expect(addOns.nodes.map((n: { externalId: string }) => n.externalId)).toEqual(["sku-c"]);
    const inStock = (await rep.client.query(ITEMS, { filter: { inStock: true } })).items;
    expect(inStock.nodes.map((n: { externalId: string }) => n.externalId)).toEqual(["sku-a", "sku-b"]);
  });

  it("refuses a negative price, bad attributes and duplicate keys with coded errors naming the row, and writes nothing", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const result = await upsert(rep, [
      { externalId: "ok-1", name: "Fine", listPrice: 1 },
      { externalId: "bad-price", name: "Negative", listPrice: -1 },
      { externalId: "bad-attrs", name: "Nested", listPrice: 1, attributes: { nested: { no: 1 } } },
      { externalId: "ok-1", name: "Again", listPrice: 1 },
      { externalId: "bad-stock", name: "Stock", listPrice: 1, stock: -2 },
    ]);
    expect(result.items).toEqual([]);
    expect(result.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ["input.1.listPrice", "OUT_OF_RANGE"],
      ["input.2.attributes", "INVALID_ATTRIBUTES"],
      ["input.4.stock", "OUT_OF_RANGE"],
      ["input.3.externalId", "DUPLICATE_IN_BATCH"],
    ]);
    expect((await countRows(org.id)).items).toBe(0);
  });

  it("accepts 1,000 items in one call and refuses 1,001 without writing any", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ externalId: `bulk-${i}`, name: `Bulk ${i}`, listPrice: i }));
    const tooMany = await upsert(rep, rows(1001));
    expect(tooMany.errors).toEqual([{ field: "input", code: "LIMIT_EXCEEDED", message: "At most 1000 items per call; got 1001" }]);
    expect((await countRows(org.id)).items).toBe(0);
    expect((await upsert(rep, rows(1000))).createdCount).toBe(1000);
    expect((await countRows(org.id)).items).toBe(1000);
  });
});

describe("purchases", () => {
  it("records purchases with their lines and replays the same externalId without duplicating it", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const [lead] = await createLeads(rep, 1);
    const items = await catalog(rep, ["p1", "p2"]);
    const input = [
      {
        externalId: "order-1",
        leadId: lead,
        occurredAt: "2025-01-02T03:04:05.000Z",
        lines: [
          { itemId: items.p1, quantity: 2, unitPrice: 10 },
          { itemId: items.p2, quantity: 1, unitPrice: 5.5 },
        ],
      },
    ];
    const first = (await rep.client.query(PURCHASES, { input })).recordPurchases;
    expect(first).toMatchObject({ createdCount: 1, replayedCount: 0, errors: [] });
    expect(first.purchases[0]).toMatchObject({
      externalId: "order-1",
      leadId: lead,
      total: 25.5,
      lines: [{ itemId: items.p1, quantity: 2, item: { externalId: "p1" } }, { quantity: 1 }],
    });

    const again = (await rep.client.query(PURCHASES, { input })).recordPurchases;
    expect(again).toMatchObject({ createdCount: 0, replayedCount: 1, purchases: [{ id: first.purchases[0].id }] });
    expect(await countRows(org.id)).toMatchObject({ purchases: 1, lines: 2 });

    const read = await rep.client.query(`query($id: ID!) { lead(id: $id) { purchases { externalId total lines { item { externalId } } } } }`, { id: lead });
    expect(read.lead.purchases).toEqual([{ externalId: "order-1", total: 25.5, lines: [{ item: { externalId: "p1" } }, { item: { externalId: "p2" } }] }]);
  });

  it("records purchases sent by several callers at once exactly once: one call creates them, the others replay them", async () => {
    // Guards the retry after a unique violation: without it the losers of the race answered an
    // internal error (on PostgreSQL; the embedded database runs one transaction at a time).
    const org = await stack.createOrg();
    const rep = await org.user();
    const [lead] = await createLeads(rep, 1);
    const items = await catalog(rep, ["p1"]);
    const input = Array.from({ length: 200 }, (_, i) => ({
      externalId: `race-${i}`,
      leadId: lead,
      occurredAt: "2025-01-02T00:00:00Z",
      lines: [{ itemId: items.p1, quantity: 1, unitPrice: 10 }],
    }));
    const results = await Promise.all(Array.from({ length: 6 }, () => rep.client.raw(PURCHASES, { input })));
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    const payloads = results.map((r) => r.data!.recordPurchases);
    expect(payloads.map((p) => p.errors)).toEqual(payloads.map(() => []));
    expect(payloads.map((p) => p.createdCount).sort()).toEqual([0, 0, 0, 0, 0, 200]);
    expect(new Set(payloads.map((p) => p.purchases[0].id)).size).toBe(1);
    expect(await countRows(org.id)).toMatchObject({ purchases: 200, lines: 200 });
  });

  it("refuses an externalId recorded with different content, and writes none of the batch", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const [lead] = await createLeads(rep, 1);
    const items = await catalog(rep, ["p1"]);
    const order = (externalId: string, quantity: number) => ({
      externalId,
      leadId: lead,
      occurredAt: "2025-01-02T00:00:00Z",
      lines: [{ itemId: items.p1, quantity, unitPrice: 10 }],
    });
    await rep.client.query(PURCHASES, { input: [order("order-1", 1)] });
    const result = (await rep.client.query(PURCHASES, { input: [order("order-2", 1), order("order-1", 2)] })).recordPurchases;
    expect(result.purchases).toEqual([]);
    expect(result.errors).toMatchObject([{ field: "input.1.externalId", code: "IDEMPOTENCY_KEY_REUSED" }]);
    expect(await countRows(org.id)).toMatchObject({ purchases: 1, lines: 1 });
  });

  it("refuses unknown items, another organization's leads and items, future dates and bad lines, naming each, and writes nothing", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const other = await (await stack.createOrg()).user();
    const [lead] = await createLeads(rep, 1);
    const [foreignLead] = await createLeads(other, 1);
    const items = await catalog(rep, ["p1"]);
    const foreignItems = await catalog(other, ["x1"]);
    const line = { itemId: items.p1, quantity: 1, unitPrice: 1 };
    const result = (
      await rep.client.query(PURCHASES, {
        input: [
          { externalId: "ok", leadId: lead, occurredAt: "2025-01-01T00:00:00Z", lines: [line] },
          { externalId: "foreign-lead", leadId: foreignLead, occurredAt: "2025-01-01T00:00:00Z", lines: [line] },
          { externalId: "foreign-item", leadId: lead, occurredAt: "2025-01-01T00:00:00Z", lines: [line, { ...line, itemId: foreignItems.x1 }] },
          { externalId: "unknown-item", leadId: lead, occurredAt: "2025-01-01T00:00:00Z", lines: [{ ...line, itemId: "00000000-0000-4000-8000-000000000000" }] },
        ],
      })
    ).recordPurchases;
    expect(result.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ["input.1.leadId", "NOT_FOUND"],
      ["input.2.lines.1.itemId", "NOT_FOUND"],
      ["input.3.lines.0.itemId", "NOT_FOUND"],
    ]);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const invalid = (
      await rep.client.query(PURCHASES, {
        input: [
          {
            externalId: "bad",
            leadId: lead,
            occurredAt: future,
            lines: [
              { ...line, quantity: 0 },
              { ...line, unitPrice: -3 },
            ],
          },
        ],
      })
    ).recordPurchases;
    expect(invalid.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ["input.0.occurredAt", "IN_FUTURE"],
      ["input.0.lines.0.quantity", "OUT_OF_RANGE"],
      ["input.0.lines.1.unitPrice", "OUT_OF_RANGE"],
    ]);
    expect(await countRows(org.id)).toMatchObject({ purchases: 0, lines: 0 });
  });
});

describe("offers", () => {
  it("records an offer and its outcome once; the same outcome replays, another is refused", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const [lead] = await createLeads(rep, 1);
    const items = await catalog(rep, ["p1"]);
    const made = (await rep.client.query(OFFER, { input: { leadId: lead, itemId: items.p1, discount: 0.08, madeAt: "2025-03-01T00:00:00Z" } })).recordOffer;
    expect(made).toMatchObject({ errors: [], offer: { discount: 0.08, outcome: null, item: { externalId: "p1" } } });
    const offerId = made.offer.id;
    const accepted = (await rep.client.query(OUTCOME, { input: { offerId, outcome: "ACCEPTED", at: "2025-03-02T00:00:00Z" } })).recordOfferOutcome;
    expect(accepted).toMatchObject({ errors: [], offer: { outcome: "ACCEPTED", outcomeAt: "2025-03-02T00:00:00.000Z" } });
    expect((await rep.client.query(OUTCOME, { input: { offerId, outcome: "ACCEPTED" } })).recordOfferOutcome.errors).toEqual([]);
    const declined = (await rep.client.query(OUTCOME, { input: { offerId, outcome: "DECLINED" } })).recordOfferOutcome;
    expect(declined).toMatchObject({ offer: null, errors: [{ field: "input.outcome", code: "ALREADY_CLOSED" }] });
    const read = await rep.client.query(`query($id: ID!) { lead(id: $id) { offers { id outcome } } }`, { id: lead });
    expect(read.lead.offers).toEqual([{ id: offerId, outcome: "ACCEPTED" }]);
  });

  it("refuses a discount above 100%, an outcome before the offer and another organization's item or offer, writing nothing", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const other = await (await stack.createOrg()).user();
    const [lead] = await createLeads(rep, 1);
    const items = await catalog(rep, ["p1"]);
    const foreign = await catalog(other, ["x1"]);
    const [foreignLead] = await createLeads(other, 1);
    const offer = async (input: Record<string, unknown>) => (await rep.client.query(OFFER, { input: { leadId: lead, itemId: items.p1, discount: 0.1, ...input } })).recordOffer;
    expect((await offer({ discount: 1.5 })).errors).toMatchObject([{ field: "input.discount", code: "OUT_OF_RANGE" }]);
    expect((await offer({ discount: -0.1 })).errors).toMatchObject([{ field: "input.discount", code: "OUT_OF_RANGE" }]);
    expect((await offer({ itemId: foreign.x1 })).errors).toMatchObject([{ field: "input.itemId", code: "NOT_FOUND" }]);
    expect((await offer({ leadId: foreignLead })).errors).toMatchObject([{ field: "input.leadId", code: "NOT_FOUND" }]);
    expect((await countRows(org.id)).offers).toBe(0);

    const made = await offer({ madeAt: "2025-03-01T00:00:00Z" });
    const early = (await rep.client.query(OUTCOME, { input: { offerId: made.offer.id, outcome: "DECLINED", at: "2025-02-01T00:00:00Z" } })).recordOfferOutcome;
    expect(early.errors).toMatchObject([{ field: "input.at", code: "BEFORE_CREATED" }]);
    const stolen = (await other.client.query(OUTCOME, { input: { offerId: made.offer.id, outcome: "DECLINED" } })).recordOfferOutcome;
    expect(stolen.errors).toMatchObject([{ field: "input.offerId", code: "NOT_FOUND" }]);
    const [stored] = await stack.database.db.select().from(schema.offers).where(eq(schema.offers.id, made.offer.id));
    expect(stored.outcome).toBeNull();
  });
});

describe("tenancy", () => {
  it("hides another organization's catalog, purchases and offers, including from _entities sent straight to the subgraph", async () => {
    const owner = await (await stack.createOrg()).user();
    const stranger = await (await stack.createOrg()).user();
    const [lead] = await createLeads(owner, 1);
    const items = await catalog(owner, ["secret"]);
    await owner.client.query(PURCHASES, {
      input: [{ externalId: "o1", leadId: lead, occurredAt: "2025-01-01T00:00:00Z", lines: [{ itemId: items.secret, quantity: 1, unitPrice: 1 }] }],
    });
    await owner.client.query(OFFER, { input: { leadId: lead, itemId: items.secret, discount: 0.05 } });

    expect((await stranger.client.query(ITEMS, {})).items).toMatchObject({ nodes: [], totalCount: 0 });
    expect((await stranger.client.query(`query($id: ID!) { item(id: $id) { id } }`, { id: items.secret })).item).toBeNull();
    const entities = await stack
      .direct("sales", stranger.token)
      .query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Item { id name } ... on Lead { id purchases { id } offers { id } } } }`, {
        r: [
          { __typename: "Item", id: items.secret },
          { __typename: "Lead", id: lead },
        ],
      });
    // Sales owns both: another organization's item and lead resolve to null, like missing ones.
    expect(entities._entities).toEqual([null, null]);
    const own = await stack
      .direct("sales", owner.token)
      .query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Item { id } ... on Lead { purchases { id } offers { id } } } }`, {
        r: [
          { __typename: "Item", id: items.secret },
          { __typename: "Lead", id: lead },
        ],
      });
    expect(own._entities[0]).toEqual({ id: items.secret });
    expect(own._entities[1].purchases).toHaveLength(1);
    expect(own._entities[1].offers).toHaveLength(1);
  });
});
