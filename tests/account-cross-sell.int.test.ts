import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

// Account.crossSell and Account.upsell come from purchase co-occurrence over buyers; an account's
// items are those of the purchases recorded with its accountId. Another organization's account has
// none, through the gateway and through _entities sent straight to the subgraph.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

const SUGGEST = `query($id: ID!) { account(id: $id) { id crossSell(first: 3) { item { externalId name } reason } upsell(first: 3) { item { externalId listPrice } reason } } }`;

async function account(user: TestUser, domain: string): Promise<string> {
  const data = await user.client.query(`mutation($input: UpsertAccountInput!) { upsertAccount(input: $input) { account { id } errors { field code } } }`, {
    input: { name: domain, domain, healthScore: 80 },
  });
  expect(data.upsertAccount.errors).toEqual([]);
  return data.upsertAccount.account.id;
}

/** Six accounts buy the basic plan with support; one of them later moves up to pro; the target account owns only the basic plan. */
async function shop(user: TestUser) {
  const lead = (await user.client.query(`mutation { createLeads(input: [{ name: "Buyer" }]) { leads { id } } }`)).createLeads.leads[0].id;
  const items = await user.client.query(`mutation($input: [ItemInput!]!) { upsertItems(input: $input) { items { id externalId } } }`, {
    input: [
      { externalId: "basic", name: "Basic plan", category: "Plan", listPrice: 100 },
      { externalId: "pro", name: "Pro plan", category: "Plan", listPrice: 300 },
      { externalId: "support", name: "Support", category: "Service", listPrice: 50 },
    ],
  });
  const id = Object.fromEntries(items.upsertItems.items.map((i: { externalId: string; id: string }) => [i.externalId, i.id]));
  const accounts = [];
  for (let i = 0; i < 7; i++) accounts.push(await account(user, `buyer${i}.example.com`));
  const purchase = (n: number, accountId: string, skus: string[]) => ({
    externalId: `order-${n}`,
    leadId: lead,
    accountId,
    occurredAt: new Date(Date.UTC(2025, 0, 1 + n)).toISOString(),
    lines: skus.map((sku) => ({ itemId: id[sku], quantity: 1, unitPrice: 1 })),
  });
  const input = [...accounts.slice(0, 6).map((a, i) => purchase(i, a, ["basic", "support"])), purchase(10, accounts[0], ["pro"]), purchase(11, accounts[6], ["basic"])];
  const recorded = await user.client.query(`mutation($input: [PurchaseInput!]!) { recordPurchases(input: $input) { errors { field code } } }`, { input });
  expect(recorded.recordPurchases.errors).toEqual([]);
  return { target: accounts[6], upgraded: accounts[0] };
}

describe("account cross-sell and upsell", () => {
  it("cross-sells what buyers of the account's items also bought and upsells the next tier, each with its reason", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const { target } = await shop(rep);
    const result = (await rep.client.query(SUGGEST, { id: target })).account;
    expect(result.crossSell[0]).toEqual({ item: { externalId: "support", name: "Support" }, reason: "Bought together with Basic plan by 6 of 7 buyers of Basic plan" });
    expect(result.crossSell.map((s: { item: { externalId: string } }) => s.item.externalId)).not.toContain("basic");
    expect(result.upsell).toEqual([{ item: { externalId: "pro", listPrice: 300 }, reason: "A step up from Basic plan in Plan (300 vs 100): bought by 1 of 7 buyers in Plan" }]);
  });

  it("shows another organization's account nothing, including through _entities sent straight to the subgraph", async () => {
    const owner = await (await stack.createOrg()).user();
    const { target } = await shop(owner);
    const stranger = await (await stack.createOrg()).user();
    expect((await stranger.client.query(SUGGEST, { id: target })).account).toBeNull();
    const entities = await stack
      .direct("personalization", stranger.token)
      .query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { crossSell { item { id } } upsell { item { id } } } } }`, {
        r: [{ __typename: "Account", id: target }],
      });
    expect(entities._entities).toEqual([{ crossSell: [], upsell: [] }]);
  });

  it("refuses a page size out of range with a coded error", async () => {
    const rep = await (await stack.createOrg()).user();
    const id = await account(rep, "solo.example.com");
    const result = await rep.client.raw(`query($id: ID!) { account(id: $id) { crossSell(first: 51) { score } } }`, { id });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});
