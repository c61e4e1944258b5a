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

const SEGMENT_FIELDS = `id name description memberCount filter { temperatures sources minIntent attributes { key values min max } }
  roi { members buyers revenue won lost conversionRate }`;
const CREATE = `mutation($input: CreateSegmentInput!) { createSegment(input: $input) { segment { ${SEGMENT_FIELDS} } errors { field code message } } }`;
const UPDATE = `mutation($input: UpdateSegmentInput!) { updateSegment(input: $input) { segment { ${SEGMENT_FIELDS} } errors { field code message } } }`;

async function interact(rep: TestUser, input: Record<string, unknown>) {
  const result = await rep.client.query(`mutation($input: RecordProfileInteractionInput!) { recordProfileInteraction(input: $input) { errors { field code } } }`, { input });
  expect(result.recordProfileInteraction.errors).toEqual([]);
}

/**
 * Ten leads: four HOT from the web (two in the North with budgets 90 and 120, two in the South), three
 * HOT from referrals, three COLD from the web. Two of the hot web leads are won and bought for 1,000
 * each; one is lost.
 */
async function plant(rep: TestUser) {
  const input = [
    ...["North", "North", "South", "South"].map((region, i) => ({ name: `web-hot-${i}`, source: "web", attributes: { region, budget: [90, 120, 60, 200][i] } })),
    ...[0, 1, 2].map((i) => ({ name: `ref-hot-${i}`, source: "referral", attributes: { region: "North", budget: 100 } })),
    ...[0, 1, 2].map((i) => ({ name: `web-cold-${i}`, source: "web", attributes: { region: "North", budget: 100 } })),
  ];
  const created = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id name } errors { field } } }`, { input });
  const ids: Record<string, string> = Object.fromEntries(created.createLeads.leads.map((l: { id: string; name: string }) => [l.name, l.id]));
  for (const [name, leadId] of Object.entries(ids)) {
    if (name.includes("cold")) {
      await interact(rep, { leadId, newSession: true });
      continue;
    }
    for (let i = 0; i < 4; i++) await interact(rep, { leadId, newSession: true, sentiment: 0.8 });
    await interact(rep, { leadId, interest: { itemId: "a", name: "A", level: "HIGH" }, siteVisitScheduled: true, callbackRequested: true });
    await interact(rep, { leadId, interest: { itemId: "b", name: "B", level: "HIGH" } });
    await interact(rep, { leadId, interest: { itemId: "c", name: "C", level: "HIGH" } });
  }
  const items = await rep.client.query(`mutation { upsertItems(input: [{ externalId: "villa", name: "Villa", listPrice: 1000 }]) { items { id } } }`);
  const itemId = items.upsertItems.items[0].id;
  const purchases = ["web-hot-0", "web-hot-2"].map((name) => ({
    externalId: `p-${name}`,
    leadId: ids[name],
    occurredAt: "2025-03-01T00:00:00Z",
    lines: [{ itemId, quantity: 1, unitPrice: 1000 }],
  }));
  const recorded = await rep.client.query(`mutation($input: [PurchaseInput!]!) { recordPurchases(input: $input) { errors { field code } } }`, { input: purchases });
  expect(recorded.recordPurchases.errors).toEqual([]);
  for (const [name, outcome] of [
    ["web-hot-0", "WON"],
    ["web-hot-2", "WON"],
    ["web-hot-1", "LOST"],
  ]) {
    const closed = await rep.client.query(`mutation($input: RecordConversionInput!) { recordConversion(input: $input) { errors { code } } }`, {
      input: { leadId: ids[name], outcome, idempotencyKey: `close-${name}` },
    });
    expect(closed.recordConversion.errors).toEqual([]);
  }
  return ids;
}

async function storedSegments(organizationId: string) {
  return stack.database.db.select().from(schema.segments).where(eq(schema.segments.organizationId, organizationId));
}

describe("saved segments", () => {
  it("counts the members of a saved filter live, pages through them and reports their ROI", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const ids = await plant(rep);
    const created = (await rep.client.query(CREATE, { input: { name: "Hot web", description: "Ready web leads", filter: { temperatures: ["HOT"], sources: ["web"] } } }))
      .createSegment;
    expect(created.errors).toEqual([]);
    expect(created.segment).toMatchObject({ name: "Hot web", memberCount: 4, filter: { temperatures: ["HOT"], sources: ["web"], minIntent: null } });
    expect(created.segment.roi).toEqual({ members: 4, buyers: 2, revenue: 2000, won: 2, lost: 1, conversionRate: 2 / 3 });

    const page = `query($id: ID!, $after: String) { segment(id: $id) { members(first: 3, after: $after) { edges { node { leadId temperature } } pageInfo { hasNextPage endCursor } totalCount } } }`;
    const first = (await rep.client.query(page, { id: created.segment.id })).segment.members;
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const second = (await rep.client.query(page, { id: created.segment.id, after: first.pageInfo.endCursor })).segment.members;
    const members = [...first.edges, ...second.edges].map((e: { node: { leadId: string } }) => e.node.leadId);
    expect(members.sort()).toEqual([0, 1, 2, 3].map((i) => ids[`web-hot-${i}`]).sort());

    // Live: a cold web lead that heats up joins without touching the segment.
    const leadId = ids["web-cold-0"];
    for (let i = 0; i < 4; i++) await interact(rep, { leadId, newSession: true, sentiment: 0.8 });
    for (const item of ["a", "b", "c"]) await interact(rep, { leadId, interest: { itemId: item, name: item, level: "HIGH" }, siteVisitScheduled: true, callbackRequested: true });
    const { segments } = await rep.client.query(`{ segments { name memberCount } }`);
    expect(segments).toEqual([{ name: "Hot web", memberCount: 5 }]);
  });

  it("filters on custom attributes, intent and revenue in the database, updates the filter, and lists a profile's segments", async () => {
    const rep = await (await stack.createOrg()).user();
    const ids = await plant(rep);
    const north = (
      await rep.client.query(CREATE, {
        input: {
          name: "North, budget 80-150",
          filter: {
            attributes: [
              { key: "region", values: ["North"] },
              { key: "budget", min: 80, max: 150 },
            ],
          },
        },
      })
    ).createSegment.segment;
    expect(north.memberCount).toBe(8); // web-hot-0 (90), web-hot-1 (120), 3 referrals, 3 cold: all budget 100 in the North
    const buyers = (await rep.client.query(CREATE, { input: { name: "Buyers", filter: { minRevenue: 1 } } })).createSegment.segment;
    expect(buyers.memberCount).toBe(2);

    const updated = (await rep.client.query(UPDATE, { input: { id: north.id, filter: { attributes: [{ key: "region", values: ["North"] }], minIntent: 8 } } })).updateSegment;
    expect(updated.errors).toEqual([]);
    expect(updated.segment).toMatchObject({
      name: "North, budget 80-150",
      memberCount: 5,
      filter: { minIntent: 8, attributes: [{ key: "region", values: ["North"], min: null }] },
    });

    const profile = `query($id: ID!) { lead(id: $id) { profile { segments { name } } } }`;
    expect((await rep.client.query(profile, { id: ids["web-hot-0"] })).lead.profile.segments.map((s: { name: string }) => s.name)).toEqual(["Buyers", "North, budget 80-150"]);
    expect((await rep.client.query(profile, { id: ids["web-cold-1"] })).lead.profile.segments).toEqual([]);
  });

  it("keeps one organization's segments invisible and unchangeable to another", async () => {
    const owner = await (await stack.createOrg()).user();
    await plant(owner);
    const segment = (await owner.client.query(CREATE, { input: { name: "Everyone", filter: {} } })).createSegment.segment;
    expect(segment.memberCount).toBe(10);
    const outsider = await (await stack.createOrg()).user();
    const seen = await outsider.client.query(`query($id: ID!) { segments { id } segment(id: $id) { id } }`, { id: segment.id });
    expect(seen).toEqual({ segments: [], segment: null });
    const changed = (await outsider.client.query(UPDATE, { input: { id: segment.id, name: "Mine" } })).updateSegment;
    expect(changed.errors).toEqual([{ field: "input.id", code: "NOT_FOUND", message: expect.any(String) }]);
    // The outsider's own "everyone" counts only its own (no) profiles.
    const own = (await outsider.client.query(CREATE, { input: { name: "Everyone", filter: {} } })).createSegment.segment;
    expect(own.memberCount).toBe(0);
  });

  it("refuses bad filters, names and duplicates with coded errors and writes nothing", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    await rep.client.query(CREATE, { input: { name: "Taken", filter: {} } });
    const bad = (
      await rep.client.query(CREATE, {
        input: {
          name: " ",
          filter: { minIntent: 11, minEngagement: 6, maxEngagement: 2, sources: [], attributes: [{ key: "budget", values: ["1"], min: 3 }], activeWithinDays: 0 },
        },
      })
    ).createSegment;
    expect(bad.segment).toBeNull();
    expect(bad.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ["input.name", "REQUIRED"],
      ["input.filter.minEngagement", "INVALID_RANGE"],
      ["input.filter.minIntent", "OUT_OF_RANGE"],
      ["input.filter.sources", "LIMIT_EXCEEDED"],
      ["input.filter.activeWithinDays", "OUT_OF_RANGE"],
      ["input.filter.attributes.0", "INVALID_VALUE"],
    ]);
    const duplicate = (await rep.client.query(CREATE, { input: { name: "Taken", filter: { temperatures: ["HOT"] } } })).createSegment;
    expect(duplicate.errors.map((e: { code: string }) => e.code)).toEqual(["ALREADY_EXISTS"]);
    const [taken] = await storedSegments(org.id);
    const badUpdate = (await rep.client.query(UPDATE, { input: { id: taken.id, name: "Renamed", filter: { maxIntent: -1 } } })).updateSegment;
    expect(badUpdate.errors.map((e: { field: string }) => e.field)).toEqual(["input.filter.maxIntent"]);
    const stored = await storedSegments(org.id);
    expect(stored.map((s) => [s.name, s.filter])).toEqual([["Taken", {}]]);
    const badId = await rep.client.raw(`{ segment(id: "nope") { id } }`);
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });
});
