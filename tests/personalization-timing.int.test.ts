import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

const DAY_MS = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();
const TIMING = `query($id: ID!) { lead(id: $id) { profile { purchaseTiming { expectedDaysToConversion probabilityWithin30Days probabilityWithin90Days probabilityWithinYear model } } } }`;

async function createLeads(rep: TestUser, input: Record<string, unknown>[]): Promise<string[]> {
  const data = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } errors { field code } } }`, { input });
  expect(data.createLeads.errors).toEqual([]);
  return data.createLeads.leads.map((l: { id: string }) => l.id);
}

async function close(rep: TestUser, leadId: string, outcome: "WON" | "LOST", occurredAt: string) {
  const result = await rep.client.query(`mutation($input: RecordConversionInput!) { recordConversion(input: $input) { errors { code message } } }`, {
    input: { leadId, outcome, occurredAt, idempotencyKey: `close-${leadId}` },
  });
  expect(result.recordConversion.errors).toEqual([]);
}

async function touch(rep: TestUser, leadId: string) {
  const result = await rep.client.query(`mutation($id: ID!) { recordProfileInteraction(input: { leadId: $id, newSession: true }) { errors { code } } }`, { id: leadId });
  expect(result.recordProfileInteraction.errors).toEqual([]);
}

/** Planted: referral leads are won within two weeks; web leads are mostly lost within two weeks, a few won after two months. */
async function plant(rep: TestUser) {
  const referrals = await createLeads(
    rep,
    Array.from({ length: 30 }, (_, i) => ({ name: `ref ${i}`, source: "Referral", createdAt: ago(200) })),
  );
  const web = await createLeads(
    rep,
    Array.from({ length: 30 }, (_, i) => ({ name: `web ${i}`, source: "Web", createdAt: ago(200) })),
  );
  for (const [i, id] of referrals.entries()) await close(rep, id, i < 26 ? "WON" : "LOST", ago(200 - 4 - (i % 10)));
  for (const [i, id] of web.entries()) await close(rep, id, i < 8 ? "WON" : "LOST", ago(i < 8 ? 200 - 60 - i : 200 - 5 - (i % 8)));
  const [openReferral, openWeb] = await createLeads(rep, [
    { name: "new referral", source: "Referral", createdAt: ago(2) },
    { name: "new web", source: "Web", createdAt: ago(2) },
  ]);
  for (const id of [openReferral, openWeb, referrals[0]]) await touch(rep, id);
  return { openReferral, openWeb, closedLead: referrals[0] };
}

describe("purchase timing", () => {
  it("gives an open referral lead a higher chance of a win within 30 days and a shorter expected wait than an open web lead, as planted", async () => {
    const rep = await (await stack.createOrg()).user();
    const { openReferral, openWeb } = await plant(rep);
    const referral = (await rep.client.query(TIMING, { id: openReferral })).lead.profile.purchaseTiming;
    const web = (await rep.client.query(TIMING, { id: openWeb })).lead.profile.purchaseTiming;
    expect(referral.model).toMatch(/hazards/);
    // Truth: 26 of 30 referrals won within 14 days; 8 of 30 web leads won, all after two months.
    expect(referral.probabilityWithin30Days).toBeGreaterThan(0.7);
    // The penalty pulls the web leads toward the organization's overall hazards, so theirs is not 0.
    expect(web.probabilityWithin30Days).toBeLessThan(referral.probabilityWithin30Days - 0.4);
    expect(referral.expectedDaysToConversion).toBeLessThan(web.expectedDaysToConversion);
    for (const t of [referral, web]) {
      expect(t.probabilityWithin30Days).toBeLessThanOrEqual(t.probabilityWithin90Days);
      expect(t.probabilityWithin90Days).toBeLessThanOrEqual(t.probabilityWithinYear);
      expect(t.probabilityWithinYear).toBeLessThanOrEqual(1);
    }
  });

  it("gives a closed lead no timing, an organization without closed leads none, and another organization's lead nothing at all", async () => {
    const rep = await (await stack.createOrg()).user();
    const { closedLead, openReferral } = await plant(rep);
    expect((await rep.client.query(TIMING, { id: closedLead })).lead.profile.purchaseTiming).toBeNull();
    const fresh = await (await stack.createOrg()).user();
    const [lead] = await createLeads(fresh, [{ name: "alone", source: "Referral" }]);
    await touch(fresh, lead);
    expect((await fresh.client.query(TIMING, { id: lead })).lead.profile.purchaseTiming).toBeNull();
    expect((await fresh.client.query(TIMING, { id: openReferral })).lead).toBeNull();
  });
});
