import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

// Account.lifetimeValue pools the purchases recorded with the account's id, whichever lead bought,
// into one customer's history and values it with the organization's lead-fitted BG/NBD + Gamma-Gamma
// model. Another organization's account has no value here, through the gateway and through _entities.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

const DAY = 86_400_000;
const FIELDS = "expectedRevenue low high expectedPurchases probabilityAlive horizonDays model";
const ACCOUNT_LTV = `query($id: ID!, $h: Int) { account(id: $id) { lifetimeValue(horizonDays: $h) { ${FIELDS} } } }`;
const LEAD_LTV = `query($id: ID!) { lead(id: $id) { profile { lifetimeValue { ${FIELDS} } } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { lifetimeValue { expectedRevenue } } } }`;

async function account(user: TestUser, domain: string): Promise<string> {
  const data = await user.client.query(`mutation($input: UpsertAccountInput!) { upsertAccount(input: $input) { account { id } errors { field code } } }`, {
    input: { name: domain, domain, healthScore: 80 },
  });
  expect(data.upsertAccount.errors).toEqual([]);
  return data.upsertAccount.account.id;
}

async function leads(user: TestUser, count: number, prefix: string): Promise<string[]> {
  const data = await user.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, {
    input: Array.from({ length: count }, (_, i) => ({ name: `${prefix} ${i}` })),
  });
  return data.createLeads.leads.map((l: { id: string }) => l.id);
}

/**
 * 24 lead customers without an account give the organization its model (repeat spend 40-80 a purchase).
 * The account's two leads each buy every 28 days at 120 for about half a year, interleaved two weeks
 * apart, both recorded with the account's id; a third lead (no account) makes exactly their purchases.
 */
async function setUp(rep: TestUser) {
  const now = Date.now();
  const item = await rep.client.query(`mutation { upsertItems(input: [{ externalId: "plan", name: "Plan", listPrice: 50 }]) { items { id } } }`);
  const itemId = item.upsertItems.items[0].id;
  const order = (externalId: string, leadId: string, daysAgo: number, price: number, accountId?: string) => ({
    externalId,
    leadId,
    ...(accountId ? { accountId } : {}),
    occurredAt: new Date(now - daysAgo * DAY).toISOString(),
    lines: [{ itemId, quantity: 1, unitPrice: price }],
  });
  const background = (await leads(rep, 24, "Customer")).flatMap((leadId, i) => {
    const count = i < 12 ? 2 : 2 + (i % 6);
    return Array.from({ length: count }, (_, k) => order(`bg-${i}-${k}`, leadId, i < 12 ? 200 - 14 * k : 14 * (count - 1 - k) + 2, 40 + (i % 5) * 10));
  });
  const [first, second, mirror] = await leads(rep, 3, "Account buyer");
  const accountId = await account(rep, "pooled.example.com");
  const firstDays = [170, 142, 114, 86, 58, 30, 2];
  const secondDays = [156, 128, 100, 72, 44, 16];
  const pooled = [
    ...firstDays.map((d, k) => order(`a-${k}`, first, d, 120, accountId)),
    ...secondDays.map((d, k) => order(`b-${k}`, second, d, 120, accountId)),
    ...[...firstDays, ...secondDays].map((d, k) => order(`m-${k}`, mirror, d, 120)),
  ];
  const recorded = await rep.client.query(`mutation($input: [PurchaseInput!]!) { recordPurchases(input: $input) { errors { field code } } }`, {
    input: [...background, ...pooled],
  });
  expect(recorded.recordPurchases.errors).toEqual([]);
  for (const leadId of [first, second, mirror])
    await rep.client.query(`mutation($input: RecordProfileInteractionInput!) { recordProfileInteraction(input: $input) { errors { code } } }`, {
      input: { leadId, newSession: true },
    });
  return { accountId, first, second, mirror };
}

describe("account lifetime value", () => {
  it("values the account's leads' purchases pooled as one customer, with an interval", async () => {
    const rep = await (await stack.createOrg()).user();
    const { accountId, first, second, mirror } = await setUp(rep);
    const pooled = (await rep.client.query(ACCOUNT_LTV, { id: accountId })).account.lifetimeValue;
    expect(pooled).toMatchObject({ horizonDays: 365, model: "BG/NBD + Gamma-Gamma" });
    expect(pooled.low).toBeLessThanOrEqual(pooled.expectedRevenue);
    expect(pooled.expectedRevenue).toBeLessThanOrEqual(pooled.high);

    // Pooling, exactly: the same model gives the account what it gives one lead who made all those purchases.
    const same = (await rep.client.query(LEAD_LTV, { id: mirror })).lead.profile.lifetimeValue;
    expect(pooled.expectedRevenue).toBeCloseTo(same.expectedRevenue, 4);
    expect(pooled.expectedPurchases).toBeCloseTo(same.expectedPurchases, 6);
    expect(pooled.probabilityAlive).toBeCloseTo(same.probabilityAlive, 6);

    // Pooling, in effect: over about the same age and as recent a last purchase, the pooled customer has about twice
    // the repeat purchases of either lead (so more expected purchases), all at a spend above the organization's
    // average (so its spend per purchase is shrunk less toward that average): it must be worth more than either alone.
    for (const id of [first, second]) {
      const alone = (await rep.client.query(LEAD_LTV, { id })).lead.profile.lifetimeValue;
      expect(pooled.expectedPurchases).toBeGreaterThan(alone.expectedPurchases);
      expect(pooled.expectedRevenue).toBeGreaterThan(alone.expectedRevenue);
    }

    const shorter = (await rep.client.query(ACCOUNT_LTV, { id: accountId, h: 30 })).account.lifetimeValue;
    expect(shorter.horizonDays).toBe(30);
    expect(shorter.expectedRevenue).toBeLessThan(pooled.expectedRevenue);
  });

  it("is null for an account without purchases, and reads a page of accounts in as many queries as one", async () => {
    const rep = await (await stack.createOrg()).user();
    const { accountId } = await setUp(rep);
    const empty = await account(rep, "nothing-bought.example.com");
    expect((await rep.client.query(ACCOUNT_LTV, { id: empty })).account.lifetimeValue).toBeNull();

    const direct = stack.direct("personalization", rep.token);
    const cost = async (ids: string[]) => {
      const before = stack.database.queryCount();
      const result = await direct.query(ENTITIES, { r: ids.map((id) => ({ __typename: "Account", id })) });
      expect(result._entities).toHaveLength(ids.length);
      return { queries: stack.database.queryCount() - before, values: result._entities.map((e: { lifetimeValue: unknown }) => e.lifetimeValue) };
    };
    await cost([accountId]); // the model is fitted and stored on first sight
    const one = await cost([accountId]);
    const many = await cost([accountId, empty, accountId.replace(/.$/, (c) => (c === "0" ? "1" : "0")), await account(rep, "another.example.com")]);
    expect(many.values[0].expectedRevenue).toBeCloseTo(one.values[0].expectedRevenue, 4);
    expect(many.values.slice(1)).toEqual([null, null, null]);
    expect(many.queries).toBe(one.queries);
  });

  it("gives another organization's account no value, through the gateway and through _entities", async () => {
    const owner = await (await stack.createOrg()).user();
    const { accountId } = await setUp(owner);
    expect((await owner.client.query(ACCOUNT_LTV, { id: accountId })).account.lifetimeValue).not.toBeNull();
    const stranger = await (await stack.createOrg()).user();
    await setUp(stranger); // the stranger's own organization has a model: the null is not for want of one
    expect((await stranger.client.query(ACCOUNT_LTV, { id: accountId })).account).toBeNull();
    const entities = await stack.direct("personalization", stranger.token).query(ENTITIES, { r: [{ __typename: "Account", id: accountId }] });
    expect(entities._entities).toEqual([{ lifetimeValue: null }]);
  });

  it("refuses a horizon out of range with a coded error naming horizonDays", async () => {
    const rep = await (await stack.createOrg()).user();
    const id = await account(rep, "solo.example.com");
    for (const h of [0, 3651]) {
      const result = await rep.client.raw(ACCOUNT_LTV, { id, h });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "horizonDays" });
    }
  });
});
