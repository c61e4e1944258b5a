import crypto from "node:crypto";
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
    profile { id leadId totalSessions engagementScore intentScore temperature sentiment viewedItems { itemId viewCount } }
    errors { field code message }
  }
}`;
const PROFILE_OF_LEAD = `query($id: ID!) { lead(id: $id) { id profile { id temperature engagementScore intentScore totalSessions sentiment welcomeBackMessage } } }`;

async function createLeads(user: TestUser, count: number): Promise<string[]> {
  const input = Array.from({ length: count }, (_, i) => ({ name: `Lead ${i}`, email: `lead${i}@example.test`, assignedToId: user.id }));
  const data = await user.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } errors { field } } }`, { input });
  expect(data.createLeads.errors).toEqual([]);
  return data.createLeads.leads.map((lead: { id: string }) => lead.id);
}

async function record(user: TestUser, input: Record<string, unknown>) {
  const data = await user.client.query(RECORD, { input });
  return data.recordProfileInteraction;
}

async function recordOk(user: TestUser, input: Record<string, unknown>) {
  const result = await record(user, input);
  expect(result.errors).toEqual([]);
  return result.profile;
}

/** Profiles stored for a lead, read straight from the database (any organization). */
async function storedProfiles(leadId: string) {
  return stack.database.db.select().from(schema.customerProfiles).where(eq(schema.customerProfiles.leadId, leadId));
}

describe("personalization", () => {
  it("remembers interactions across calls and serves the seed's scores on the lead", async () => {
    const rep = await (await stack.createOrg()).user();
    const [leadId] = await createLeads(rep, 1);
    expect((await rep.client.query(PROFILE_OF_LEAD, { id: leadId })).lead.profile).toBeNull();

    await recordOk(rep, { leadId, newSession: true, viewedItem: { itemId: "p1", name: "Brigade Citrine" }, preferences: { configurations: ["2BHK"], locations: ["Whitefield"] } });
    await recordOk(rep, { leadId, newSession: true, viewedItem: { itemId: "p1", name: "Brigade Citrine" }, objection: "price", sentiment: 0.5 });
    const profile = await recordOk(rep, {
      leadId,
      viewedItem: { itemId: "p2", name: "Godrej Aqua" },
      interest: { itemId: "p1", name: "Brigade Citrine", level: "HIGH" },
      objection: "Price",
      callbackRequested: true,
      preferences: { locations: ["whitefield", "Sarjapur"] },
    });
    expect(profile.viewedItems).toEqual([
      { itemId: "p1", viewCount: 2 },
      { itemId: "p2", viewCount: 1 },
    ]);

    const read = await rep.client.query(
      `query($id: ID!) { lead(id: $id) { profile { id leadId lead { id name } totalSessions callbacksRequested sentiment sentimentHistory { score }
        objections { type count } interests { itemId level } preferences { configurations locations }
        engagementScore intentScore temperature welcomeBackMessage } } }`,
      { id: leadId },
    );
    const p = read.lead.profile;
    expect(p).toMatchObject({ leadId, lead: { id: leadId, name: "Lead 0" }, totalSessions: 2, callbacksRequested: 1, sentiment: 0.5 });
    expect(p.objections).toEqual([{ type: "price", count: 2 }]);
    expect(p.preferences).toEqual({ configurations: ["2BHK"], locations: ["Whitefield", "Sarjapur"] });
    // Engagement: 2/2 sessions + 2/5 viewed + 1 interest + (0.5 + 1) sentiment; intent: 1.5 + callback 2 + 2/3.
    expect(p.engagementScore).toBeCloseTo(1 + 0.4 + 1 + 1.5, 10);
    expect(p.intentScore).toBeCloseTo(1.5 + 2 + 2 / 3, 10);
    expect(p.temperature).toBe("COLD");
    expect(p.welcomeBackMessage).toBe("Welcome back! I see you were interested in Brigade Citrine. Would you like to schedule a site visit to see it in person?");

    const byId = await rep.client.query(`query($id: ID!) { customerProfile(id: $id) { leadId temperature } }`, { id: p.id });
    expect(byId.customerProfile).toEqual({ leadId, temperature: "COLD" });
  });

  it("puts HOT at exactly 15 and WARM at exactly 10, and filters profiles by the same rule", async () => {
    const rep = await (await stack.createOrg()).user();
    const [hot, warmHigh, warmLow, cold] = await createLeads(rep, 4);
    for (const leadId of [hot, warmHigh, warmLow, cold]) for (let i = 0; i < 6; i++) await recordOk(rep, { leadId, newSession: true });
    // 6 sessions: engagement 3, intent 2. Two interests: +2 and +3. Site visit: +3.
    for (const leadId of [hot, warmHigh]) {
      await recordOk(rep, { leadId, interest: { itemId: "a", name: "A", level: "HIGH" }, siteVisitScheduled: true });
      await recordOk(rep, { leadId, interest: { itemId: "b", name: "B", level: "MEDIUM" } });
    }
    const atHot = await recordOk(rep, { leadId: hot, sentiment: 1 }); // 7 + 8 = 15
    const belowHot = await recordOk(rep, { leadId: warmHigh, sentiment: 0.9 }); // 6.9 + 8 = 14.9
    // Sentiment -1 takes engagement to 3; a site visit (+3) and a callback (+2) take intent to 7.
    await recordOk(rep, { leadId: warmLow, sentiment: -1, siteVisitScheduled: true });
    const atWarm = await recordOk(rep, { leadId: warmLow, callbackRequested: true }); // 3 + 7 = 10
    const belowWarm = await recordOk(rep, { leadId: cold, sentiment: -1, siteVisitScheduled: true }); // 3 + 5 = 8

    expect([atHot.engagementScore + atHot.intentScore, atHot.temperature]).toEqual([15, "HOT"]);
    expect(belowHot.engagementScore + belowHot.intentScore).toBeCloseTo(14.9, 10);
    expect(belowHot.temperature).toBe("WARM");
    expect([atWarm.engagementScore + atWarm.intentScore, atWarm.temperature]).toEqual([10, "WARM"]);
    expect([belowWarm.engagementScore + belowWarm.intentScore, belowWarm.temperature]).toEqual([8, "COLD"]);

    // The filter runs the formulas in SQL: it must agree with the computed field at both boundaries.
    const leadsOf = async (temperature: string) => {
      const data = await rep.client.query(`query($t: Temperature) { profiles(temperature: $t, first: 100) { nodes { leadId temperature } } }`, { t: temperature });
      for (const profile of data.profiles.nodes) expect(profile.temperature).toBe(temperature);
      return data.profiles.nodes.map((profile: { leadId: string }) => profile.leadId).sort();
    };
    expect(await leadsOf("HOT")).toEqual([hot]);
    expect(await leadsOf("WARM")).toEqual([warmHigh, warmLow].sort());
    expect(await leadsOf("COLD")).toEqual([cold]);
    const all = await rep.client.query(`{ profiles { nodes { leadId lastActiveAt } } }`);
    const times = all.profiles.nodes.map((p: { lastActiveAt: string }) => Date.parse(p.lastActiveAt));
    expect(times).toEqual([...times].sort((a, b) => b - a)); // most recently active first
    expect(all.profiles.nodes).toHaveLength(4);
  });

  it("keeps one organization's profiles invisible to another, through the gateway and directly", async () => {
    const repA = await (await stack.createOrg()).user();
    const repB = await (await stack.createOrg()).user();
    const [leadA] = await createLeads(repA, 1);
    const profile = await recordOk(repA, { leadId: leadA, newSession: true, sentiment: 0.2 });

    expect((await repB.client.query(PROFILE_OF_LEAD, { id: leadA })).lead).toBeNull();
    expect((await repB.client.query(`query($id: ID!) { customerProfile(id: $id) { id } }`, { id: profile.id })).customerProfile).toBeNull();
    expect((await repB.client.query(`{ profiles(first: 100) { nodes { id } } }`)).profiles.nodes).toEqual([]);

    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { id profile { id } } ... on CustomerProfile { id sentiment } } }`;
    const representations = [
      { __typename: "Lead", id: leadA },
      { __typename: "CustomerProfile", id: profile.id },
    ];
    const asB = await stack.direct("personalization", repB.token).query(entities, { r: representations });
    expect(asB._entities).toEqual([{ id: leadA, profile: null }, null]);
    const asA = await stack.direct("personalization", repA.token).query(entities, { r: representations });
    expect(asA._entities).toEqual([
      { id: leadA, profile: { id: profile.id } },
      { id: profile.id, sentiment: 0.2 },
    ]);

    // Org B cannot write to org A's lead either: the lead is "not found" and nothing is stored.
    const attempt = await record(repB, { leadId: leadA, newSession: true, sentiment: -1 });
    expect(attempt).toEqual({ profile: null, errors: [{ field: "input.leadId", code: "NOT_FOUND", message: expect.any(String) }] });
    const stored = await storedProfiles(leadA);
    expect(stored.map((row) => [row.organizationId, row.totalSessions])).toEqual([[repA.organizationId, 1]]);
  });

  it("rejects a direct _entities call without a token as UNAUTHENTICATED", async () => {
    const result = await stack.direct("personalization").raw(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { profile { id } } } }`, {
      r: [{ __typename: "Lead", id: crypto.randomUUID() }],
    });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses bad input with coded errors naming the field, and writes nothing", async () => {
    const rep = await (await stack.createOrg()).user();
    const [leadId] = await createLeads(rep, 1);
    await recordOk(rep, { leadId, newSession: true, sentiment: 0.5, viewedItem: { itemId: "p1", name: "A" } });
    const before = await rep.client.query(PROFILE_OF_LEAD, { id: leadId });

    // A bad sentiment rejects the whole interaction, including its valid parts.
    const bad = await record(rep, { leadId, sentiment: 5, newSession: true, viewedItem: { itemId: "p1", name: "A" }, objection: "x".repeat(101) });
    expect(bad.profile).toBeNull();
    expect(bad.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ["input.objection", "TOO_LONG"],
      ["input.sentiment", "OUT_OF_RANGE"],
    ]);
    expect(await rep.client.query(PROFILE_OF_LEAD, { id: leadId })).toEqual(before);

    const badLead = await record(rep, { leadId: "not-a-uuid", newSession: true });
    expect(badLead.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([["input.leadId", "INVALID_ID"]]);
    const missingLead = crypto.randomUUID();
    const missing = await record(rep, { leadId: missingLead, newSession: true });
    expect(missing.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([["input.leadId", "NOT_FOUND"]]);
    expect(await storedProfiles(missingLead)).toEqual([]);

    const badId = await rep.client.raw(`{ customerProfile(id: "nope") { id } }`);
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    const hugePage = await rep.client.raw(`{ profiles(first: 10000) { nodes { id } } }`);
    expect(hugePage.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(hugePage.errors?.[0]?.message).toMatch(/between 0 and 100/);
  });

  it("counts every one of several concurrent first interactions in a single profile", async () => {
    const rep = await (await stack.createOrg()).user();
    const [leadId] = await createLeads(rep, 1);
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => recordOk(rep, { leadId, newSession: true, viewedItem: { itemId: "p1", name: "A" }, objection: i % 2 ? "price" : "Price" })),
    );
    const [row] = await storedProfiles(leadId);
    expect(row).toMatchObject({ totalSessions: 6, viewedItems: [expect.objectContaining({ itemId: "p1", viewCount: 6 })], objections: [expect.objectContaining({ count: 6 })] });
    expect(await storedProfiles(leadId)).toHaveLength(1);
  });

  it("loads the profiles of a page of leads in one batch, whatever the page size", async () => {
    const rep = await (await stack.createOrg()).user();
    const leadIds = await createLeads(rep, 8);
    for (const leadId of leadIds) await recordOk(rep, { leadId, newSession: true });
    const page = `query($n: Int!) { leads(first: $n) { nodes { id profile { id temperature welcomeBackMessage } } } }`;
    const cost = async (n: number) => {
      await rep.client.query(page, { n }); // warm-up: first-sight provisioning and plan caching
      const start = stack.database.queryCount();
      const data = await rep.client.query(page, { n });
      expect(data.leads.nodes).toHaveLength(n);
      for (const node of data.leads.nodes) expect(node.profile).not.toBeNull();
      return stack.database.queryCount() - start;
    };
    expect(await cost(8)).toBe(await cost(1));
  });
});
