// Formulas that exist twice, in SQL (set-based queries and filters) and in TypeScript: each pair must agree.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { engagementScore, rescoreOpenLeads } from "@revgraph/scoring";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

const DAY = 86_400_000;
const TYPES = ["EMAIL_OPEN", "EMAIL_CLICK", "WEBSITE_VISIT", "PROPERTY_VIEW", "FORM_SUBMIT", "BROCHURE_DOWNLOAD", "CALL", "MEETING", "SITE_VISIT", "CALLBACK_REQUEST"] as const;

let stack: TestStack;
let rep: TestUser;
beforeAll(async () => {
  stack = await startTestStack();
  rep = await (await stack.createOrg()).user("rep");
});
afterAll(async () => {
  await stack?.close();
});

describe("engagement score", () => {
  it("is the same number from the SQL rescoring as from the model's formula, for leads of every shape", async () => {
    const now = Date.now();
    let seed = 7;
    const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
    const created = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, {
      input: Array.from({ length: 40 }, (_, i) => ({ name: `Lead ${i}`, createdAt: new Date(now - 200 * DAY).toISOString() })),
    });
    const ids: string[] = created.createLeads.leads.map((l: { id: string }) => l.id);
    const activities = ids.flatMap((leadId, i) =>
      Array.from({ length: i % 9 }, () => ({ leadId, type: TYPES[Math.floor(random() * TYPES.length)], occurredAt: new Date(now - random() * 180 * DAY).toISOString() })),
    );
    await rep.client.query(`mutation($input: [ActivityInput!]!) { recordActivities(input: $input) { recordedCount } }`, { input: activities });
    const at = new Date(now);
    await rescoreOpenLeads(stack.database.db, at);
    const { leads } = await rep.client.query(`{ leads(first: 100) { nodes { id score } } }`);
    const sqlScore = new Map<string, number | null>(leads.nodes.map((l: { id: string; score: number | null }) => [l.id, l.score]));
    for (const id of ids) {
      const mine = activities.filter((a) => a.leadId === id).map((a) => ({ type: a.type, occurredAt: new Date(a.occurredAt) }));
      expect(sqlScore.get(id) ?? 0, `lead with ${mine.length} activities`).toBe(engagementScore(mine, at));
    }
  });
});

describe("at-risk accounts", () => {
  it("are the same accounts through the accounts(atRisk:) SQL filter as by the Account.atRisk field, at every stage and around the threshold", async () => {
    const csm = await (await stack.createOrg()).user("manager");
    const stages = ["ONBOARDING", "ADOPTION", "EXPANSION", "RENEWAL", "AT_RISK", "CHURNED"];
    let n = 0;
    for (const stage of stages) {
      for (const health of [0, 39, 40, 41, 100]) {
        n += 1;
        const result = await csm.client.query(`mutation($input: UpsertAccountInput!) { upsertAccount(input: $input) { errors { code } } }`, {
          input: { name: `Account ${n}`, domain: `a${n}.example.test`, healthScore: health, lifecycleStage: stage },
        });
        expect(result.upsertAccount.errors).toEqual([]);
      }
    }
    const all = (await csm.client.query(`{ accounts(first: 100) { nodes { id atRisk } } }`)).accounts.nodes as { id: string; atRisk: boolean }[];
    expect(all).toHaveLength(n);
    const ids = async (atRisk: boolean) =>
      ((await csm.client.query(`query($r: Boolean) { accounts(atRisk: $r, first: 100) { nodes { id } } }`, { r: atRisk })).accounts.nodes as { id: string }[])
        .map((a) => a.id)
        .sort();
    expect(await ids(true)).toEqual(
      all
        .filter((a) => a.atRisk)
        .map((a) => a.id)
        .sort(),
    );
    expect(await ids(false)).toEqual(
      all
        .filter((a) => !a.atRisk)
        .map((a) => a.id)
        .sort(),
    );
    expect(all.filter((a) => a.atRisk).length).toBe(5 + 4 * 2); // every AT_RISK account, and health 0 and 39 in the four live stages
  });
});

describe("temperature", () => {
  it("puts the same profiles under profiles(temperature:) in SQL as CustomerProfile.temperature computes", async () => {
    const rep = await (await stack.createOrg()).user("rep");
    const created = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, {
      input: Array.from({ length: 24 }, (_, i) => ({ name: `Profile ${i}` })),
    });
    const ids: string[] = created.createLeads.leads.map((l: { id: string }) => l.id);
    const record = (input: Record<string, unknown>) =>
      rep.client.query(`mutation($input: RecordProfileInteractionInput!) { recordProfileInteraction(input: $input) { errors { code } } }`, { input });
    for (const [i, leadId] of ids.entries()) {
      // Leads with more of everything the further down the list: cold, warm and hot profiles, and some near each threshold.
      for (let k = 0; k <= i % 8; k++) await record({ leadId, newSession: true, viewedItem: { itemId: `item-${k}`, name: `Item ${k}` } });
      for (let k = 0; k < i % 3; k++) await record({ leadId, interest: { itemId: `item-${k}`, name: `Item ${k}`, level: "HIGH" } });
      if (i % 4 === 0) await record({ leadId, siteVisitScheduled: true });
      if (i % 5 === 0) await record({ leadId, callbackRequested: true });
      await record({ leadId, sentiment: ((i % 7) - 3) / 3 });
    }
    const all = (await rep.client.query(`{ profiles(first: 100) { nodes { id temperature } } }`)).profiles.nodes as { id: string; temperature: string }[];
    expect(all).toHaveLength(ids.length);
    for (const temperature of ["HOT", "WARM", "COLD"]) {
      const filtered = (await rep.client.query(`query($t: Temperature) { profiles(temperature: $t, first: 100) { nodes { id } } }`, { t: temperature })).profiles.nodes as {
        id: string;
      }[];
      expect(filtered.map((p) => p.id).sort(), temperature).toEqual(
        all
          .filter((p) => p.temperature === temperature)
          .map((p) => p.id)
          .sort(),
      );
    }
    expect(new Set(all.map((p) => p.temperature)).size).toBe(3);

    // The scoring subgraph's read view (the work list's temperature filter) computes the same.
    const lead = (await rep.client.query(`{ profiles(first: 100) { nodes { leadId temperature } } }`)).profiles.nodes as { leadId: string; temperature: string }[];
    const result = await stack.database.db.execute(sql`select lead_id, temperature from personalization.profiles_for_scoring where organization_id = ${rep.organizationId}`);
    const viewed = ((result as { rows?: unknown[] }).rows ?? result) as { lead_id: string; temperature: string }[];
    expect(Object.fromEntries(viewed.map((r) => [r.lead_id, r.temperature]))).toEqual(Object.fromEntries(lead.map((p) => [p.leadId, p.temperature])));
  });
});
