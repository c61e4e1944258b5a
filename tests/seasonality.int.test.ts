import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf } from "@revgraph/db";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

const SEASONALITY = `query($metric: SeasonalityMetric!, $source: String, $category: String, $months: Int) {
  seasonality(metric: $metric, source: $source, category: $category, months: $months) {
    metric source category note residualSd
    series { month value count trend seasonalIndex residual }
    seasonalIndices { month index }
    forecast { month value low high }
  }
}`;

const MONTHS = 30;
let stack: TestStack;
let alice: TestUser;
let bob: TestUser;
let manager: TestUser;
let stranger: TestUser;
/** Web leads planted per month, oldest first: 4 a month, 12 in April. */
const planted: { month: string; web: number }[] = [];

const now = new Date();
const monthStart = (offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
const key = (d: Date) => d.toISOString().slice(0, 7);

beforeAll(async () => {
  stack = await startTestStack();
  const org = await stack.createOrg();
  alice = await org.user("rep");
  bob = await org.user("rep");
  manager = await org.user("manager");
  stranger = await (await stack.createOrg()).user("manager");
  const input: Record<string, unknown>[] = [];
  for (let i = MONTHS; i >= 1; i -= 1) {
    const start = monthStart(-i);
    const web = start.getUTCMonth() === 3 ? 12 : 4;
    planted.push({ month: key(start), web });
    for (let k = 0; k < web; k += 1) {
      input.push({ name: `Web ${k}`, source: "web", assignedToId: alice.id, createdAt: new Date(start.getTime() + (k + 1) * 36e5 * 20).toISOString() });
    }
  }
  // One referral lead of Bob's, two months ago, and one this month (not a complete month: never counted).
  input.push({ name: "Referral", source: "referral", assignedToId: bob.id, createdAt: new Date(monthStart(-2).getTime() + 36e5).toISOString() });
  input.push({ name: "Current", source: "referral", assignedToId: bob.id, createdAt: now.toISOString() });
  await manager.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { errors { code } } }`, { input });
  // Closes: in each of the last 26 months, of the web leads created that month, the first two won and
  // the rest lost, so the close rate is 2/4 and 2/12 in April.
  await stack.database.db.execute(sql`
    update sales.leads l set status = case when r.rn <= 2 then 'WON' else 'LOST' end, closed_at = l.created_at + interval '2 days'
    from (select id, row_number() over (partition by date_trunc('month', created_at at time zone 'UTC') order by created_at) as rn
          from sales.leads where source = 'web' and created_at >= ${monthStart(-26).toISOString()}::timestamptz) r
    where l.id = r.id`);
}, 120_000);
afterAll(async () => {
  await stack?.close();
});

describe("seasonality", () => {
  it("gives managers the organization's monthly lead volume, its decomposition and a 3-month forecast", async () => {
    const { seasonality } = await manager.client.query(SEASONALITY, { metric: "LEAD_VOLUME", months: MONTHS });
    expect(seasonality.series.map((m: { month: string }) => m.month)).toEqual(planted.map((p) => p.month));
    const referralMonth = key(monthStart(-2));
    expect(seasonality.series.map((m: { value: number }) => m.value)).toEqual(planted.map((p) => p.web + (p.month === referralMonth ? 1 : 0)));
    // The April peak is recovered: its index is the largest, about 12 / the trend of about 4.7.
    const april = seasonality.seasonalIndices.find((i: { month: number }) => i.month === 4).index;
    expect(april).toBeGreaterThan(2);
    for (const i of seasonality.seasonalIndices) if (i.month !== 4) expect(i.index).toBeLessThan(1.2);
    expect(seasonality.forecast.map((f: { month: string }) => f.month)).toEqual([0, 1, 2].map((i) => key(monthStart(i))));
    for (const f of seasonality.forecast) {
      expect(f.low).toBeLessThanOrEqual(f.value);
      expect(f.high).toBeGreaterThanOrEqual(f.value);
    }
    // Trend and residual are defined away from the ends and add up to the value.
    const middle = seasonality.series[12];
    expect(middle.trend * middle.seasonalIndex + middle.residual).toBeCloseTo(middle.value, 9);
    expect(seasonality.series[0].trend).toBeNull();
    expect(seasonality.note).toBeNull();
  });

  it("limits the series to a source", async () => {
    const { seasonality } = await manager.client.query(SEASONALITY, { metric: "LEAD_VOLUME", source: "referral", months: MONTHS });
    expect(seasonality.series).toEqual([
      { month: key(monthStart(-2)), value: 1, count: 1, trend: null, seasonalIndex: null, residual: null },
      { month: key(monthStart(-1)), value: 0, count: 0, trend: null, seasonalIndex: null, residual: null },
    ]);
    expect(seasonality.forecast).toEqual([]);
    expect(seasonality.note).toMatch(/needs 24 consecutive months with data; there are 2/);
  });

  it("shows a rep only their own leads", async () => {
    const bobs = (await bob.client.query(SEASONALITY, { metric: "LEAD_VOLUME", months: MONTHS })).seasonality;
    expect(bobs.series.map((m: { value: number }) => m.value)).toEqual([1, 0]);
    const alices = (await alice.client.query(SEASONALITY, { metric: "LEAD_VOLUME", months: MONTHS })).seasonality;
    expect(alices.series.map((m: { value: number }) => m.value)).toEqual(planted.map((p) => p.web));
  });

  it("gives the close rate by close month, with the planted April dip", async () => {
    const { seasonality } = await manager.client.query(SEASONALITY, { metric: "CONVERSION_RATE", months: MONTHS });
    expect(seasonality.series).toHaveLength(26);
    for (const m of seasonality.series) {
      const p = planted.find((x) => x.month === m.month)!;
      expect(m.count).toBe(p.web);
      expect(m.value).toBeCloseTo(2 / p.web, 12);
    }
    const april = seasonality.seasonalIndices.find((i: { month: number }) => i.month === 4).index;
    expect(april).toBeLessThan(0.5);
    for (const f of seasonality.forecast) {
      expect(f.low).toBeGreaterThanOrEqual(0);
      expect(f.high).toBeLessThanOrEqual(1);
    }
  });

  it("shows another organization nothing", async () => {
    const { seasonality } = await stranger.client.query(SEASONALITY, { metric: "LEAD_VOLUME", months: MONTHS });
    expect(seasonality.series).toEqual([]);
    expect(seasonality.seasonalIndices).toBeNull();
  });

  it("refuses a window outside 1-120 months and an empty source with BAD_USER_INPUT", async () => {
    for (const variables of [{ months: 0 }, { months: 121 }, { source: "" }]) {
      const result = await manager.client.raw(SEASONALITY, { metric: "LEAD_VOLUME", ...variables });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
    }
  });
});

const UPSERT_ITEMS = `mutation($input: [ItemInput!]!) { upsertItems(input: $input) { items { id externalId } errors { field code } } }`;
const PURCHASES = `mutation($input: [PurchaseInput!]!) { recordPurchases(input: $input) { createdCount errors { field code } } }`;
const OFFER = `mutation($input: RecordOfferInput!) { recordOffer(input: $input) { offer { id } errors { field code } } }`;

describe("seasonality by catalog category", () => {
  /** Per planted month: the web leads whose first interest is a Property, and an Add-on. */
  const byCategory = new Map<string, { property: number; addOn: number }>();
  const hours = (at: Date, h: number) => new Date(at.getTime() + h * 36e5).toISOString();

  async function catalog(user: TestUser, input: { externalId: string; category?: string }[]): Promise<Record<string, string>> {
    const data = await user.client.query(UPSERT_ITEMS, { input: input.map((item) => ({ ...item, name: item.externalId, listPrice: 1000 })) });
    expect(data.upsertItems.errors).toEqual([]);
    return Object.fromEntries(data.upsertItems.items.map((i: { id: string; externalId: string }) => [i.externalId, i.id]));
  }
  async function offer(user: TestUser, leadId: string, itemId: string, madeAt: string): Promise<void> {
    expect((await user.client.query(OFFER, { input: { leadId, itemId, discount: 0.05, madeAt } })).recordOffer.errors).toEqual([]);
  }

  beforeAll(async () => {
    const items = await catalog(manager, [
      { externalId: "villa", category: "Property" },
      { externalId: "kitchen", category: "Add-on" },
      { externalId: "cleaning", category: "Service" },
      { externalId: "voucher" },
    ]);
    const leads = rowsOf<{ id: string; created_at: string | Date; source: string; rn: number }>(
      await stack.database.db.execute(sql`
        select id, created_at, source, row_number() over (partition by source, date_trunc('month', created_at at time zone 'UTC') order by created_at)::int as rn
        from sales.leads where organization_id = ${manager.organizationId} and created_at < ${monthStart(0).toISOString()}::timestamptz`),
    );
    const purchases: Record<string, unknown>[] = [];
    for (const lead of leads) {
      const created = new Date(lead.created_at);
      const month = key(created);
      const counts = byCategory.get(month) ?? { property: 0, addOn: 0 };
      byCategory.set(month, counts);
      if (lead.source === "referral") {
        // Bob's referral lead: a Property by its offer, so a category and a source combine.
        await offer(manager, lead.id, items.villa!, hours(created, 1));
      } else if (lead.rn === 1) {
        // A purchase: its first line decides (the kitchen on the second line does not).
        purchases.push({
          externalId: `order-${lead.id}`,
          leadId: lead.id,
          occurredAt: hours(created, 1),
          lines: [
            { itemId: items.villa, quantity: 1, unitPrice: 1000 },
            { itemId: items.kitchen, quantity: 1, unitPrice: 1000 },
          ],
        });
        counts.property += 1;
      } else if (lead.rn === 2) {
        await offer(manager, lead.id, items.villa!, hours(created, 1));
        counts.property += 1;
      } else if (lead.rn === 3 || (created.getUTCMonth() === 3 && lead.rn >= 5)) {
        // The earliest interest decides: an Add-on offer, then a Property bought.
        await offer(manager, lead.id, items.kitchen!, hours(created, 1));
        purchases.push({ externalId: `order-${lead.id}`, leadId: lead.id, occurredAt: hours(created, 2), lines: [{ itemId: items.villa, quantity: 1, unitPrice: 1000 }] });
        counts.addOn += 1;
      } else if (lead.rn === 4) {
        // First interest in an item without a category: no category, whatever follows.
        await offer(manager, lead.id, items.voucher!, hours(created, 1));
        await offer(manager, lead.id, items.villa!, hours(created, 2));
      }
    }
    expect((await manager.client.query(PURCHASES, { input: purchases })).recordPurchases.errors).toEqual([]);

    // Another organization with a Property of its own, bought by one lead three months ago.
    const theirs = await catalog(stranger, [{ externalId: "their-villa", category: "Property" }]);
    const created = await stranger.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, {
      input: [{ name: "Theirs", source: "web", createdAt: hours(monthStart(-3), 5) }],
    });
    await offer(stranger, created.createLeads.leads[0].id, theirs["their-villa"]!, hours(monthStart(-3), 6));
  }, 120_000);

  it("gives each category its own lead volume: the leads whose first item of interest is in it", async () => {
    const query = (category: string) => manager.client.query(SEASONALITY, { metric: "LEAD_VOLUME", source: "web", category, months: MONTHS });
    const property = (await query("Property")).seasonality;
    const addOn = (await query("Add-on")).seasonality;
    expect([property.source, property.category]).toEqual(["web", "Property"]);
    expect(property.series.map((m: { month: string; value: number }) => [m.month, m.value])).toEqual(planted.map((p) => [p.month, byCategory.get(p.month)!.property]));
    expect(addOn.series.map((m: { month: string; value: number }) => [m.month, m.value])).toEqual(planted.map((p) => [p.month, byCategory.get(p.month)!.addOn]));
    // 2 Property leads every month; 1 Add-on lead, 9 in April: only the Add-on series has an April peak.
    expect(new Set(property.series.map((m: { value: number }) => m.value))).toEqual(new Set([2]));
    expect(addOn.seasonalIndices.find((i: { month: number }) => i.month === 4).index).toBeGreaterThan(3);
    for (const i of property.seasonalIndices) expect(i.index).toBeCloseTo(1, 9);
    // A category of the catalog that no lead is in: an empty series, not an error.
    const service = (await query("Service")).seasonality;
    expect([service.series, service.forecast, service.seasonalIndices]).toEqual([[], [], null]);
  });

  it("gives each category its own conversion rate (here the Property leads were won and the Add-on leads lost)", async () => {
    const query = (category: string) => manager.client.query(SEASONALITY, { metric: "CONVERSION_RATE", category, months: MONTHS });
    const property = (await query("Property")).seasonality.series as { value: number; count: number }[];
    const addOn = (await query("Add-on")).seasonality.series as { value: number; count: number }[];
    expect(property).toHaveLength(26);
    expect(property.map((m) => [m.value, m.count])).toEqual(property.map(() => [1, 2]));
    expect(addOn.map((m) => m.value)).toEqual(addOn.map(() => 0));
  });

  it("combines category with source, and a rep's view with both", async () => {
    const query = (client: TestUser["client"], variables: Record<string, unknown>) =>
      client.query(SEASONALITY, { metric: "LEAD_VOLUME", months: MONTHS, ...variables }).then((d) => d.seasonality.series.map((m: { value: number }) => m.value));
    const twoMonthsAgo = planted.findIndex((p) => p.month === key(monthStart(-2)));
    const all = await query(manager.client, { category: "Property" });
    expect(all).toEqual(planted.map((_, i) => (i === twoMonthsAgo ? 3 : 2)));
    expect(await query(manager.client, { category: "Property", source: "referral" })).toEqual([1, 0]);
    expect(await query(manager.client, { category: "Add-on", source: "referral" })).toEqual([]);
    expect(await query(bob.client, { category: "Property" })).toEqual([1, 0]);
    expect(await query(alice.client, { category: "Property" })).toEqual(planted.map(() => 2));
  });

  it("shows another organization only its own leads of a category, and refuses a category its catalog does not have", async () => {
    const { seasonality } = await stranger.client.query(SEASONALITY, { metric: "LEAD_VOLUME", category: "Property", months: MONTHS });
    expect(seasonality.series.map((m: { month: string; value: number }) => [m.month, m.value])).toEqual([
      [key(monthStart(-3)), 1],
      [key(monthStart(-2)), 0],
      [key(monthStart(-1)), 0],
    ]);
    const addOn = await stranger.client.raw(SEASONALITY, { metric: "LEAD_VOLUME", category: "Add-on", months: MONTHS });
    expect(addOn.data).toBeNull();
    expect(addOn.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "category" });
    expect(addOn.errors?.[0]?.message).toBe('No item of the catalog has the category "Add-on". The catalog\'s categories: Property');
  });

  it("refuses an empty, too long or unknown category and a window out of range with BAD_USER_INPUT naming the argument", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ category: "" }, "category"],
      [{ category: "   " }, "category"],
      [{ category: "P".repeat(101) }, "category"],
      [{ category: "Propertyy" }, "category"],
      [{ category: "property" }, "category"],
      [{ category: "Property", months: 0 }, "months"],
      [{ category: "Property", months: 121 }, "months"],
    ];
    for (const [variables, field] of cases) {
      const result = await manager.client.raw(SEASONALITY, { metric: "CONVERSION_RATE", ...variables });
      expect(result.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });
});
