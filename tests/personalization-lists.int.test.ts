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

const DAY_MS = 86_400_000;
const PAGE = `edges { cursor node { leadId lead { id } engagementScore intentScore currentStage } } pageInfo { hasNextPage endCursor } totalCount`;

async function createLeads(rep: TestUser, names: string[]): Promise<Record<string, string>> {
  const data = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id name } } }`, { input: names.map((name) => ({ name })) });
  return Object.fromEntries(data.createLeads.leads.map((l: { id: string; name: string }) => [l.name, l.id]));
}

async function interact(rep: TestUser, input: Record<string, unknown>) {
  const result = await rep.client.query(
    `mutation($input: RecordProfileInteractionInput!) { recordProfileInteraction(input: $input) { profile { interests { itemId level } } errors { field code } } }`,
    { input },
  );
  expect(result.recordProfileInteraction.errors).toEqual([]);
  return result.recordProfileInteraction.profile;
}

/** Makes a lead HOT: sessions, three interests, a site visit and a callback (engagement + intent ≥ 15). */
async function makeHot(rep: TestUser, leadId: string, sessions: number) {
  for (let i = 0; i < sessions; i++) await interact(rep, { leadId, newSession: true, sentiment: 0.8 });
  for (const itemId of ["a", "b", "c"]) await interact(rep, { leadId, interest: { itemId, name: itemId, level: "HIGH" } });
  await interact(rep, { leadId, siteVisitScheduled: true, callbackRequested: true });
}

async function closeLead(rep: TestUser, leadId: string, outcome: "WON" | "LOST") {
  const result = await rep.client.query(`mutation($input: RecordConversionInput!) { recordConversion(input: $input) { errors { code } } }`, {
    input: { leadId, outcome, idempotencyKey: `close-${leadId}` },
  });
  expect(result.recordConversion.errors).toEqual([]);
}

const leadIds = (connection: { edges: { node: { leadId: string } }[] }) => connection.edges.map((e) => e.node.leadId);

/** Moves a profile's last activity and stage change into the past (what weeks of silence would leave). */
async function age(leadId: string, lastActiveDaysAgo: number, stageDaysAgo?: number) {
  const now = Date.now();
  await stack.database.db
    .update(schema.customerProfiles)
    .set({
      lastActiveAt: new Date(now - lastActiveDaysAgo * DAY_MS),
      ...(stageDaysAgo === undefined ? {} : { stageChangedAt: new Date(now - stageDaysAgo * DAY_MS) }),
    })
    .where(eq(schema.customerProfiles.leadId, leadId));
}

describe("seed 001's lists", () => {
  it("lists hot leads active in the last 7 days, most engaged first, a page at a time; a hot lead silent for 10 days is not on it", async () => {
    const rep = await (await stack.createOrg()).user();
    const ids = await createLeads(rep, ["keen", "keener", "stale", "cold"]);
    await makeHot(rep, ids.keen, 4);
    await makeHot(rep, ids.keener, 6);
    await makeHot(rep, ids.stale, 6);
    await interact(rep, { leadId: ids.cold, newSession: true });
    await age(ids.stale, 10);

    const first = (await rep.client.query(`{ hotLeads(first: 1) { ${PAGE} } }`)).hotLeads;
    expect(leadIds(first)).toEqual([ids.keener]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(2);
    const second = (await rep.client.query(`query($after: String) { hotLeads(first: 1, after: $after) { ${PAGE} } }`, { after: first.pageInfo.endCursor })).hotLeads;
    expect(leadIds(second)).toEqual([ids.keen]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(first.edges[0].node.engagementScore).toBeGreaterThan(second.edges[0].node.engagementScore);

    const wider = (await rep.client.query(`{ hotLeads(filter: { activeWithinDays: 30 }) { ${PAGE} } }`)).hotLeads;
    expect(leadIds(wider).sort()).toEqual([ids.keener, ids.stale, ids.keen].sort());
  });

  it("lists open leads whose stage has not changed for N days, longest stuck first, and leaves closed leads out", async () => {
    const rep = await (await stack.createOrg()).user();
    const ids = await createLeads(rep, ["stuck20", "stuck40", "moving", "closed"]);
    for (const leadId of Object.values(ids)) await interact(rep, { leadId, currentStage: "consideration" });
    await age(ids.stuck20, 20, 20);
    await age(ids.stuck40, 40, 40);
    await age(ids.closed, 60, 60);
    await closeLead(rep, ids.closed, "LOST");

    const stuck = (await rep.client.query(`{ stuckLeads(filter: { stuckForDays: 14 }) { ${PAGE} } }`)).stuckLeads;
    expect(leadIds(stuck)).toEqual([ids.stuck40, ids.stuck20]);
    const longer = (await rep.client.query(`{ stuckLeads(filter: { stuckForDays: 30, stages: ["consideration"] }) { ${PAGE} } }`)).stuckLeads;
    expect(leadIds(longer)).toEqual([ids.stuck40]);
    const otherStage = (await rep.client.query(`{ stuckLeads(filter: { stuckForDays: 1, stages: ["decision"] }) { totalCount } }`)).stuckLeads;
    expect(otherStage.totalCount).toBe(0);

    // A stage change takes the lead off the list.
    await interact(rep, { leadId: ids.stuck40, currentStage: "decision" });
    const after = (await rep.client.query(`{ stuckLeads { ${PAGE} } }`)).stuckLeads;
    expect(leadIds(after)).toEqual([ids.stuck20]);
    const { lead } = await rep.client.query(`query($id: ID!) { lead(id: $id) { profile { stageHistory { stage enteredAt } } } }`, { id: ids.stuck40 });
    expect(lead.profile.stageHistory.map((s: { stage: string }) => s.stage)).toEqual(["consideration", "decision"]);
  });

  it("lists high-intent leads without a site visit, highest intent first", async () => {
    const rep = await (await stack.createOrg()).user();
    const ids = await createLeads(rep, ["intent6", "intent8", "visited", "low"]);
    for (const name of ["intent6", "intent8", "visited"]) {
      await interact(rep, { leadId: ids[name], interest: { itemId: "a", name: "A", level: "HIGH" } });
      await interact(rep, { leadId: ids[name], interest: { itemId: "b", name: "B", level: "HIGH" }, callbackRequested: true });
    }
    // 3 (interests) + 2 (callback) = 5; three sessions add 1 more, six sessions 2.
    for (let i = 0; i < 3; i++) await interact(rep, { leadId: ids.intent6, newSession: true });
    for (let i = 0; i < 6; i++) await interact(rep, { leadId: ids.intent8, newSession: true });
    await interact(rep, { leadId: ids.visited, siteVisitScheduled: true });
    await interact(rep, { leadId: ids.low, newSession: true });

    const list = (await rep.client.query(`{ highIntentWithoutSiteVisit(filter: { minIntent: 6 }) { ${PAGE} } }`)).highIntentWithoutSiteVisit;
    expect(leadIds(list)).toEqual([ids.intent8, ids.intent6]);
    expect(list.edges.map((e: { node: { intentScore: number } }) => e.node.intentScore)).toEqual([7, 6]);
  });

  it("marks an item viewed three times a HIGH interest and lists the lead among repeat viewers", async () => {
    const rep = await (await stack.createOrg()).user();
    const ids = await createLeads(rep, ["looker", "glancer"]);
    let profile = null;
    for (let i = 0; i < 3; i++) profile = await interact(rep, { leadId: ids.looker, viewedItem: { itemId: "villa-9", name: "Villa 9" } });
    expect(profile.interests).toEqual([{ itemId: "villa-9", level: "HIGH" }]);
    for (let i = 0; i < 2; i++) profile = await interact(rep, { leadId: ids.glancer, viewedItem: { itemId: "villa-9", name: "Villa 9" } });
    expect(profile.interests).toEqual([]);

    const list = (await rep.client.query(`{ repeatViewers { ${PAGE} } }`)).repeatViewers;
    expect(leadIds(list)).toEqual([ids.looker]);
    const twice = (await rep.client.query(`{ repeatViewers(filter: { minViews: 2 }) { ${PAGE} } }`)).repeatViewers;
    expect(leadIds(twice)).toEqual([ids.looker, ids.glancer]);
  });

  it("shows another organization nothing of these lists", async () => {
    const rep = await (await stack.createOrg()).user();
    const ids = await createLeads(rep, ["looker"]);
    for (let i = 0; i < 3; i++) await interact(rep, { leadId: ids.looker, viewedItem: { itemId: "x", name: "X" }, currentStage: `s${i}` });
    const outsider = await (await stack.createOrg()).user();
    const seen = await outsider.client.query(`{ repeatViewers { totalCount } hotLeads { totalCount } stuckLeads(filter: { stuckForDays: 1 }) { totalCount } }`);
    expect(seen).toEqual({ repeatViewers: { totalCount: 0 }, hotLeads: { totalCount: 0 }, stuckLeads: { totalCount: 0 } });
  });

  it("refuses bad filters, pages and cursors with coded errors", async () => {
    const rep = await (await stack.createOrg()).user();
    const cases: [string, string][] = [
      [`{ hotLeads(filter: { activeWithinDays: 0 }) { totalCount } }`, "filter.activeWithinDays"],
      [`{ stuckLeads(filter: { stuckForDays: -3 }) { totalCount } }`, "filter.stuckForDays"],
      [`{ highIntentWithoutSiteVisit(filter: { minIntent: 11 }) { totalCount } }`, "filter.minIntent"],
      [`{ repeatViewers(first: 101) { totalCount } }`, "first"],
      [`{ repeatViewers(after: "not-a-cursor") { totalCount } }`, "after"],
      [`{ stuckLeads(filter: { stages: [""] }) { totalCount } }`, "filter.stages"],
    ];
    for (const [query, field] of cases) {
      const result = await rep.client.raw(query);
      expect(result.errors?.[0]?.extensions, query).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });
});
