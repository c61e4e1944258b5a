// The engagement score exists twice, as SQL (set-based nightly rescoring) and as TypeScript (the model's features): they must agree.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
    const random = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
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
