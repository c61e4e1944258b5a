import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TeamAnalyticsDocument } from "@revgraph/client/graphql";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

const WIN_RATES = `query($groupBy: AnalyticsGrouping!, $scope: AnalyticsScope) {
  winRates(groupBy: $groupBy, scope: $scope) { key leads won lost open winRate wonValue }
}`;
const FUNNEL = `query($scope: AnalyticsScope) { funnel(scope: $scope) { status reached won lostHere conversionRate stepRate } }`;
const CONVERT = `mutation($input: RecordConversionInput!) { recordConversion(input: $input) { errors { code } } }`;

let stack: TestStack;
let alice: TestUser;
let bob: TestUser;
let manager: TestUser;

async function lead(user: TestUser, fields: Record<string, unknown>): Promise<string> {
  const r = await user.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, {
    input: [{ name: "Lead", assignedToId: user.id, ...fields }],
  });
  return r.createLeads.leads[0].id;
}

async function advance(user: TestUser, id: string, ...statuses: string[]) {
  for (const status of statuses)
    await user.client.query(`mutation($id: ID!, $s: LeadStatus!) { updateLead(id: $id, input: { status: $s }) { errors { code } } }`, { id, s: status });
}

beforeAll(async () => {
  stack = await startTestStack();
  const org = await stack.createOrg();
  alice = await org.user("rep");
  bob = await org.user("rep");
  manager = await org.user("manager");
  // Alice: web lead won after qualifying (value 100), web lead lost after contact, referral lead open.
  const won = await lead(alice, { source: "web", value: 100, createdAt: "2026-01-15T00:00:00Z" });
  await advance(alice, won, "CONTACTED", "QUALIFIED");
  await alice.client.query(CONVERT, { input: { leadId: won, outcome: "WON", idempotencyKey: "w1" } });
  const lost = await lead(alice, { source: "web", createdAt: "2026-02-03T00:00:00Z" });
  await advance(alice, lost, "CONTACTED");
  await alice.client.query(CONVERT, { input: { leadId: lost, outcome: "LOST", idempotencyKey: "l1" } });
  await lead(alice, { source: "referral", createdAt: "2026-02-20T00:00:00Z" });
  // Bob: one referral lead won straight from NEW.
  const bobs = await lead(bob, { source: "referral", value: 50, createdAt: "2026-02-21T00:00:00Z" });
  await bob.client.query(CONVERT, { input: { leadId: bobs, outcome: "WON", idempotencyKey: "b1" } });
});
afterAll(async () => {
  await stack?.close();
});

describe("analytics", () => {
  it("gives managers win rates by source, rep and month for the organization", async () => {
    const bySource = (await manager.client.query(WIN_RATES, { groupBy: "SOURCE" })).winRates;
    expect(bySource).toEqual([
      { key: "referral", leads: 2, won: 1, lost: 0, open: 1, winRate: 1, wonValue: 50 },
      { key: "web", leads: 2, won: 1, lost: 1, open: 0, winRate: 0.5, wonValue: 100 },
    ]);
    const byRep = (await manager.client.query(WIN_RATES, { groupBy: "REP" })).winRates;
    expect(byRep.map((r: { key: string; leads: number }) => [r.key, r.leads]).sort()).toEqual(
      [
        [alice.id, 3],
        [bob.id, 1],
      ].sort(),
    );
    const byMonth = (await manager.client.query(WIN_RATES, { groupBy: "MONTH" })).winRates;
    expect(byMonth.map((r: { key: string; leads: number }) => [r.key, r.leads])).toEqual([
      ["2026-01", 1],
      ["2026-02", 3],
    ]);
    const february = (await manager.client.query(WIN_RATES, { groupBy: "SOURCE", scope: { from: "2026-02-01T00:00:00Z", to: "2026-03-01T00:00:00Z" } })).winRates;
    expect(february.map((r: { key: string; leads: number }) => [r.key, r.leads])).toEqual([
      ["referral", 2],
      ["web", 1],
    ]);
  });

  it("builds the funnel from each lead's status history", async () => {
    const funnel = (await manager.client.query(FUNNEL)).funnel;
    expect(funnel.map((s: { status: string; reached: number; won: number; lostHere: number }) => [s.status, s.reached, s.won, s.lostHere])).toEqual([
      ["NEW", 4, 2, 0],
      ["CONTACTED", 3, 2, 1],
      ["QUALIFIED", 2, 2, 0],
      ["WON", 2, 2, 0],
    ]);
    expect(funnel[1].stepRate).toBeCloseTo(3 / 4, 10);
    expect(funnel[0].conversionRate).toBeCloseTo(2 / 4, 10);
  });

  it("shows a rep only their own leads and refuses another rep's", async () => {
    const own = (await alice.client.query(WIN_RATES, { groupBy: "REP" })).winRates;
    expect(own.map((r: { key: string }) => r.key)).toEqual([alice.id]);
    const funnel = (await bob.client.query(FUNNEL)).funnel;
    expect(funnel[0].reached).toBe(1);
    const refused = await alice.client.raw(WIN_RATES, { groupBy: "SOURCE", scope: { repId: bob.id } });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const badRange = await manager.client.raw(FUNNEL, { scope: { from: "2026-03-01T00:00:00Z", to: "2026-02-01T00:00:00Z" } });
    expect(badRange.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers the analysts' TeamAnalytics operation by its persisted hash", async () => {
    const typed = await manager.client.operation(TeamAnalyticsDocument, {});
    expect(typed.bySource.map((r) => [r.key, r.leads])).toEqual([
      ["referral", 2],
      ["web", 2],
    ]);
    expect(typed.funnel.map((s) => s.reached)).toEqual([4, 3, 2, 2]);
    expect(typed.scoringModel.level).toBe("DEFAULT");
  });

  it("keeps another organization's leads out", async () => {
    const stranger = await (await stack.createOrg()).user("manager");
    expect((await stranger.client.query(WIN_RATES, { groupBy: "SOURCE" })).winRates).toEqual([]);
    expect((await stranger.client.query(FUNNEL)).funnel.every((s: { reached: number }) => s.reached === 0)).toBe(true);
  });
});
