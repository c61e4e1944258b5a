import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

const SEASONALITY = `query($metric: SeasonalityMetric!, $source: String, $months: Int) {
  seasonality(metric: $metric, source: $source, months: $months) {
    metric source note residualSd
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
