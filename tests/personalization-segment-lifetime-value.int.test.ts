import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { schema } from "@revgraph/db";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

// The segment filter's lifetime-value bounds select the leads whose modelled value (what
// CustomerProfile.lifetimeValue answers, over its default horizon) lies within them; the expected
// members are worked out here from that field, never hard-coded. Leads without purchases have no
// value and match no bound.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

const DAY = 86_400_000;
const CREATE = `mutation($input: CreateSegmentInput!) { createSegment(input: $input) {
  segment { id memberCount filter { minLifetimeValue maxLifetimeValue } members(first: 100) { totalCount edges { node { leadId } } } }
  errors { field code message } } }`;
const VALUES = `query { leads(first: 100) { nodes { id profile { lifetimeValue { expectedRevenue } } } } }`;
const ORDER = (externalId: string, leadId: string, itemId: string, daysAgo: number, price: number) => ({
  externalId,
  leadId,
  occurredAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
  lines: [{ itemId, quantity: 1, unitPrice: price }],
});

async function record(rep: TestUser, input: unknown[]) {
  const recorded = await rep.client.query(`mutation($input: [PurchaseInput!]!) { recordPurchases(input: $input) { errors { field code } } }`, { input });
  expect(recorded.recordPurchases.errors).toEqual([]);
}

/** 24 customers (half lapsed after two purchases, half buying every two weeks until lately, at 40-80) and 4 leads who bought nothing, each with a profile. */
async function plant(rep: TestUser) {
  const created = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, {
    input: Array.from({ length: 28 }, (_, i) => ({ name: `Customer ${i}` })),
  });
  const ids: string[] = created.createLeads.leads.map((l: { id: string }) => l.id);
  const item = await rep.client.query(`mutation { upsertItems(input: [{ externalId: "plan", name: "Plan", listPrice: 50 }]) { items { id } } }`);
  const itemId: string = item.upsertItems.items[0].id;
  await record(
    rep,
    ids.slice(0, 24).flatMap((leadId, i) => {
      const count = i < 12 ? 2 : 2 + (i % 6);
      return Array.from({ length: count }, (_, k) => ORDER(`o-${i}-${k}`, leadId, itemId, i < 12 ? 200 - 14 * k : 14 * (count - 1 - k) + 2, 40 + (i % 5) * 10));
    }),
  );
  for (const leadId of ids)
    await rep.client.query(`mutation($input: RecordProfileInteractionInput!) { recordProfileInteraction(input: $input) { errors { code } } }`, {
      input: { leadId, newSession: true },
    });
  return { ids, itemId, nonBuyers: ids.slice(24) };
}

/** Each lead's modelled lifetime value as the API answers it (null without one). */
async function lifetimeValues(rep: TestUser): Promise<Map<string, number | null>> {
  const { leads } = await rep.client.query(VALUES);
  return new Map(leads.nodes.map((n: { id: string; profile: { lifetimeValue: { expectedRevenue: number } | null } }) => [n.id, n.profile.lifetimeValue?.expectedRevenue ?? null]));
}

const within = (values: Map<string, number | null>, min: number, max: number) =>
  [...values]
    .filter(([, v]) => v != null && v >= min && v <= max)
    .map(([id]) => id)
    .sort();
const memberIds = (segment: { members: { edges: { node: { leadId: string } }[] } }) => segment.members.edges.map((e) => e.node.leadId).sort();

describe("segments by lifetime value", () => {
  it("selects exactly the profiles whose modelled lifetime value is within the bounds, live", async () => {
    const rep = await (await stack.createOrg()).user();
    const { nonBuyers, itemId } = await plant(rep);
    const values = await lifetimeValues(rep);
    const distinct = [...new Set([...values.values()].filter((v): v is number => v != null))].sort((a, b) => a - b);
    expect(distinct.length).toBeGreaterThanOrEqual(6);
    // Bounds in the middle of clear gaps between values (at least 0.5 wide), near a third and two
    // thirds of the way up: no member sits near a bound, so the few milliseconds between the values
    // read above and those the filter computes cannot move one across it.
    const gaps = distinct.flatMap((v, i) => (i > 0 && v - distinct[i - 1] >= 0.5 ? [i] : []));
    const nearest = (q: number, not?: number) =>
      gaps.filter((i) => i !== not).reduce((best, i) => (Math.abs(i - distinct.length * q) < Math.abs(best - distinct.length * q) ? i : best));
    const lowGap = nearest(1 / 3);
    const highGap = nearest(2 / 3, lowGap);
    const [min, max] = [Math.min(lowGap, highGap), Math.max(lowGap, highGap)].map((i) => (distinct[i - 1] + distinct[i]) / 2);

    const middle = (await rep.client.query(CREATE, { input: { name: "Middle value", filter: { minLifetimeValue: min, maxLifetimeValue: max } } })).createSegment;
    expect(middle.errors).toEqual([]);
    expect(middle.segment.filter).toEqual({ minLifetimeValue: min, maxLifetimeValue: max });
    const expected = within(values, min, max);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(24);
    expect(middle.segment.memberCount).toBe(expected.length);
    expect(memberIds(middle.segment)).toEqual(expected);

    const high = (await rep.client.query(CREATE, { input: { name: "High value", filter: { minLifetimeValue: max } } })).createSegment.segment;
    expect(memberIds(high)).toEqual(within(values, max, Number.POSITIVE_INFINITY));
    const anyValue = (await rep.client.query(CREATE, { input: { name: "Any value", filter: { minLifetimeValue: 0 } } })).createSegment.segment;
    expect(anyValue.memberCount).toBe(24); // every buyer, none of the four leads without purchases

    const inSegments = `query($id: ID!) { lead(id: $id) { profile { segments { name } } } }`;
    expect((await rep.client.query(inSegments, { id: expected[0] })).lead.profile.segments.map((s: { name: string }) => s.name)).toEqual(["Any value", "Middle value"]);
    expect((await rep.client.query(inSegments, { id: nonBuyers[0] })).lead.profile.segments).toEqual([]);

    // Live: a lead who starts buying gets a value and joins; the saved bounds are re-evaluated against the refitted model.
    await record(rep, [ORDER("late-0", nonBuyers[0], itemId, 30, 60), ORDER("late-1", nonBuyers[0], itemId, 3, 60)]);
    const after = await lifetimeValues(rep);
    expect(after.get(nonBuyers[0])).not.toBeNull();
    const counts = `{ segments { name memberCount members(first: 100) { edges { node { leadId } } } } }`;
    const { segments } = await rep.client.query(counts);
    const byName = new Map(segments.map((s: { name: string }) => [s.name, s]));
    expect((byName.get("Any value") as { memberCount: number }).memberCount).toBe(25);
    expect((byName.get("Middle value") as { memberCount: number }).memberCount).toBe(within(after, min, max).length);
    expect(memberIds(byName.get("Middle value") as Parameters<typeof memberIds>[0])).toEqual(within(after, min, max));
  });

  it("refuses a negative bound or a minimum above the maximum with a coded error naming the field, and saves nothing", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const negative = (await rep.client.query(CREATE, { input: { name: "Negative", filter: { maxLifetimeValue: -1 } } })).createSegment;
    expect(negative.segment).toBeNull();
    expect(negative.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([["input.filter.maxLifetimeValue", "OUT_OF_RANGE"]]);
    const inverted = (await rep.client.query(CREATE, { input: { name: "Inverted", filter: { minLifetimeValue: 500, maxLifetimeValue: 100 } } })).createSegment;
    expect(inverted.segment).toBeNull();
    expect(inverted.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([["input.filter.minLifetimeValue", "INVALID_RANGE"]]);
    expect(await stack.database.db.select().from(schema.segments).where(eq(schema.segments.organizationId, org.id))).toEqual([]);
  });
});
