/**
 * Seed 001's profile additions through the gateway: phone (validated, stored in E.164), frustration
 * level, stage history with timestamps, and viewed (rejected, interesting) items linked to the
 * organization's catalog items by their externalId.
 */
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

const RECORD = `mutation($input: RecordProfileInteractionInput!) {
  recordProfileInteraction(input: $input) {
    profile { id phone frustrationLevel frustrationRecordedAt currentStage stageHistory { stage enteredAt } }
    errors { field code message }
  }
}`;
const PROFILE = `query($id: ID!) { lead(id: $id) { profile {
  phone frustrationLevel frustrationRecordedAt stageChangedAt stageHistory { stage enteredAt }
  viewedItems { itemId viewCount item { id externalId name listPrice } }
  rejectedItems { itemId item { id externalId } }
  interests { itemId level item { id externalId } }
} } }`;

async function createLead(user: TestUser): Promise<string> {
  const data = await user.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } errors { field } } }`, {
    input: [{ name: "Asha Rao", email: "asha@example.test", assignedToId: user.id }],
  });
  expect(data.createLeads.errors).toEqual([]);
  return data.createLeads.leads[0].id;
}

async function record(user: TestUser, input: Record<string, unknown>) {
  return (await user.client.query(RECORD, { input })).recordProfileInteraction;
}

async function catalog(user: TestUser, items: { externalId: string; name: string; listPrice: number }[]): Promise<Record<string, string>> {
  const data = await user.client.query(`mutation($input: [ItemInput!]!) { upsertItems(input: $input) { items { id externalId } errors { field code } } }`, { input: items });
  expect(data.upsertItems.errors).toEqual([]);
  return Object.fromEntries(data.upsertItems.items.map((i: { id: string; externalId: string }) => [i.externalId, i.id]));
}

async function stored(leadId: string) {
  return stack.database.db.select().from(schema.customerProfiles).where(eq(schema.customerProfiles.leadId, leadId));
}

describe("profile additions from seed 001", () => {
  it("stores a leniently written phone number in E.164 and replaces it with the next one", async () => {
    const rep = await (await stack.createOrg()).user();
    const leadId = await createLead(rep);
    const first = await record(rep, { leadId, phone: " +91 98765-43210 " });
    expect(first.errors).toEqual([]);
    expect(first.profile.phone).toBe("+919876543210");
    const second = await record(rep, { leadId, phone: "0044 (20) 7946.0958" });
    expect(second.profile.phone).toBe("+442079460958");
    // An interaction without a phone keeps the one remembered.
    const third = await record(rep, { leadId, newSession: true });
    expect(third.profile.phone).toBe("+442079460958");
    expect((await rep.client.query(PROFILE, { id: leadId })).lead.profile.phone).toBe("+442079460958");
  });

  it("refuses a bad phone or frustration with a coded error naming the field, checking length before format, and writes nothing", async () => {
    const rep = await (await stack.createOrg()).user();
    const leadId = await createLead(rep);
    expect((await record(rep, { leadId, phone: "+919876543210", frustration: 0.2 })).errors).toEqual([]);
    const before = await stored(leadId);

    const cases: [Record<string, unknown>, string, string][] = [
      [{ phone: "98765 43210" }, "input.phone", "INVALID_PHONE"], // no country code
      [{ phone: "+91 98765 4321x" }, "input.phone", "INVALID_PHONE"],
      [{ phone: "+1234567" }, "input.phone", "INVALID_PHONE"], // 7 digits
      [{ phone: "+1234567890123456" }, "input.phone", "INVALID_PHONE"], // 16 digits
      [{ phone: "   " }, "input.phone", "REQUIRED"],
      // Too long and malformed: the length is what is reported.
      [{ phone: `+${"1".repeat(40)}x` }, "input.phone", "TOO_LONG"],
      [{ frustration: 1.5 }, "input.frustration", "OUT_OF_RANGE"],
      [{ frustration: -0.1 }, "input.frustration", "OUT_OF_RANGE"],
    ];
    for (const [part, field, code] of cases) {
      // Each bad part comes with a valid one, which must not be applied either.
      const result = await record(rep, { leadId, newSession: true, sentiment: 0.9, ...part });
      expect(result.profile, JSON.stringify(part)).toBeNull();
      expect(result.errors, JSON.stringify(part)).toEqual([{ field, code, message: expect.any(String) }]);
    }
    expect(await stored(leadId)).toEqual(before);
  });

  it("keeps the latest frustration reading with when it was recorded", async () => {
    const rep = await (await stack.createOrg()).user();
    const leadId = await createLead(rep);
    const calm = await record(rep, { leadId, newSession: true });
    expect(calm.profile).toMatchObject({ frustrationLevel: null, frustrationRecordedAt: null });
    const upset = await record(rep, { leadId, sentiment: -0.6, frustration: 0.8, objection: "price" });
    expect(upset.profile.frustrationLevel).toBe(0.8);
    const at = Date.parse(upset.profile.frustrationRecordedAt);
    expect(Math.abs(at - Date.now())).toBeLessThan(60_000);
    // Other interactions leave it; the next reading replaces it.
    expect((await record(rep, { leadId, newSession: true })).profile.frustrationLevel).toBe(0.8);
    const better = await record(rep, { leadId, frustration: 0 });
    expect(better.profile.frustrationLevel).toBe(0);
    expect(Date.parse(better.profile.frustrationRecordedAt)).toBeGreaterThanOrEqual(at);
  });

  it("records each stage change in the history with when it was entered, oldest first, and ignores a repeat of the current stage", async () => {
    const rep = await (await stack.createOrg()).user();
    const leadId = await createLead(rep);
    const start = Date.now();
    await record(rep, { leadId, currentStage: "awareness" });
    await record(rep, { leadId, currentStage: "consideration" });
    await record(rep, { leadId, currentStage: "consideration" });
    await record(rep, { leadId, currentStage: "decision" });
    const { profile } = (await rep.client.query(PROFILE, { id: leadId })).lead;
    expect(profile.stageHistory.map((s: { stage: string }) => s.stage)).toEqual(["awareness", "consideration", "decision"]);
    const times = profile.stageHistory.map((s: { enteredAt: string }) => Date.parse(s.enteredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThanOrEqual(start - 1000);
    expect(profile.stageChangedAt).toBe(profile.stageHistory[2].enteredAt);
  });

  it("links viewed, rejected and interesting items to the organization's own catalog items by externalId, never another's", async () => {
    const repA = await (await stack.createOrg()).user();
    const repB = await (await stack.createOrg()).user();
    const itemsA = await catalog(repA, [{ externalId: "prop-citrine", name: "Brigade Citrine", listPrice: 9_500_000 }]);
    // Org B's catalog holds the SKU A's customer viewed but A's catalog lacks: it must not be linked.
    const itemsB = await catalog(repB, [
      { externalId: "prop-citrine", name: "Citrine (B)", listPrice: 1 },
      { externalId: "prop-aqua", name: "Godrej Aqua (B)", listPrice: 2 },
    ]);
    const leadId = await createLead(repA);
    for (let i = 0; i < 3; i++) expect((await record(repA, { leadId, viewedItem: { itemId: "prop-citrine", name: "Brigade Citrine" } })).errors).toEqual([]);
    await record(repA, { leadId, viewedItem: { itemId: "prop-aqua", name: "Godrej Aqua" }, rejectedItem: { itemId: "prop-aqua", name: "Godrej Aqua", reason: "far" } });

    const { profile } = (await repA.client.query(PROFILE, { id: leadId })).lead;
    expect(profile.viewedItems).toEqual([
      { itemId: "prop-citrine", viewCount: 3, item: { id: itemsA["prop-citrine"], externalId: "prop-citrine", name: "Brigade Citrine", listPrice: 9_500_000 } },
      { itemId: "prop-aqua", viewCount: 1, item: null },
    ]);
    expect(profile.rejectedItems).toEqual([{ itemId: "prop-aqua", item: null }]);
    expect(profile.interests).toEqual([{ itemId: "prop-citrine", level: "HIGH", item: { id: itemsA["prop-citrine"], externalId: "prop-citrine" } }]);
    const linked = JSON.stringify(profile);
    for (const id of Object.values(itemsB)) expect(linked).not.toContain(id);

    // Once A's catalog has the item, the same entry links to it.
    const added = await catalog(repA, [{ externalId: "prop-aqua", name: "Godrej Aqua", listPrice: 7_000_000 }]);
    const again = (await repA.client.query(PROFILE, { id: leadId })).lead.profile;
    expect(again.viewedItems[1].item).toMatchObject({ id: added["prop-aqua"], externalId: "prop-aqua" });
    expect(again.rejectedItems[0].item).toMatchObject({ id: added["prop-aqua"] });
  });

  it("shows another organization neither the profile's phone nor its linked items, through the gateway or _entities", async () => {
    const repA = await (await stack.createOrg()).user();
    const repB = await (await stack.createOrg()).user();
    await catalog(repA, [{ externalId: "sku-1", name: "One", listPrice: 10 }]);
    const leadId = await createLead(repA);
    const result = await record(repA, { leadId, phone: "+14155550123", frustration: 0.4, viewedItem: { itemId: "sku-1", name: "One" } });
    expect(result.errors).toEqual([]);

    expect((await repB.client.query(PROFILE, { id: leadId })).lead).toBeNull();
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CustomerProfile { id phone frustrationLevel viewedItems { item { id } } } } }`;
    const asB = await stack.direct("personalization", repB.token).query(entities, { r: [{ __typename: "CustomerProfile", id: result.profile.id }] });
    expect(asB._entities).toEqual([null]);
    const asA = await stack.direct("personalization", repA.token).query(entities, { r: [{ __typename: "CustomerProfile", id: result.profile.id }] });
    expect(asA._entities[0]).toMatchObject({ phone: "+14155550123", frustrationLevel: 0.4, viewedItems: [{ item: { id: expect.any(String) } }] });
  });
  it("reads a selection of the scores alone from counts, with the same scores as the whole profile", async () => {
    const rep = await (await stack.createOrg()).user();
    const leadId = await createLead(rep);
    const interactions: Record<string, unknown>[] = [
      { newSession: true, viewedItem: { itemId: "v1", name: "Villa 1" }, sentiment: 0.3 },
      { newSession: true, viewedItem: { itemId: "v1", name: "Villa 1" }, sentiment: -0.7 },
      { newSession: true, viewedItem: { itemId: "v2", name: "Villa 2" }, sentiment: 0.1, interest: { itemId: "v2", name: "Villa 2", level: "MEDIUM" } },
      { siteVisitScheduled: true },
    ];
    for (const input of interactions) expect((await record(rep, { leadId, ...input })).errors).toEqual([]);
    const scores = "id leadId totalSessions siteVisitsScheduled callbacksRequested sentiment engagementScore intentScore temperature";
    // The first selection asks for nothing else (the counts read); the second also for the lists (the whole row).
    const summary = (await rep.client.query(`query($id: ID!) { lead(id: $id) { profile { ${scores} } } }`, { id: leadId })).lead.profile;
    const whole = (await rep.client.query(`query($id: ID!) { lead(id: $id) { profile { ${scores} viewedItems { itemId } sentimentHistory { score } } } }`, { id: leadId })).lead
      .profile;
    expect(whole.viewedItems).toHaveLength(2);
    expect(whole.sentimentHistory).toHaveLength(3);
    const { viewedItems: _, sentimentHistory: __, ...wholeScores } = whole;
    expect(summary).toEqual(wholeScores);
    // 3 sessions, 2 distinct items viewed, 1 interest, sentiment (0.3 - 0.7 + 0.1) / 3: engagement 1.5 + 0.4 + 1 + (1 + sentiment).
    expect(summary.sentiment).toBeCloseTo(-0.1, 12);
    expect(summary.engagementScore).toBeCloseTo(3.8, 12);
    expect(summary).toMatchObject({ totalSessions: 3, siteVisitsScheduled: 1, intentScore: 1.5 + 3 + 1 });
  });
});
