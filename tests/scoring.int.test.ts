import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LeadOutlookDocument, MyLeadsDocument } from "@revgraph/client/graphql";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

const FLAGSHIP_FIELDS = `id name status score
  prediction { probability confidence personalized factors { name contribution } reasoning }
  nextAction { action priority reasoning }
  profile { temperature engagementScore intentScore }
  account { name healthScore }`;
const RECORD_ACTIVITIES = `mutation($input: [ActivityInput!]!) { recordActivities(input: $input) { recordedCount errors { field code } leads { id score } } }`;

let stack: TestStack;
let rep: TestUser;
beforeAll(async () => {
  stack = await startTestStack();
  rep = await (await stack.createOrg()).user("rep");
});
afterAll(async () => {
  await stack?.close();
});

const myLeads = (after: string | null) => rep.client.operation(MyLeadsDocument, { first: 2, after });

async function createLeads(count: number, prefix = "Lead"): Promise<string[]> {
  const input = Array.from({ length: count }, (_, i) => ({ name: `${prefix} ${i}`, email: `p${i}@acme-${prefix.toLowerCase()}.test`, assignedToId: rep.id }));
  const r = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, { input });
  return r.createLeads.leads.map((l: { id: string }) => l.id);
}

describe("scores and predictions", () => {
  it("moves the score and the prediction when activities are recorded", async () => {
    const [leadId] = await createLeads(1, "Mover");
    const before = await rep.client.query(`query($id: ID!) { lead(id: $id) { score prediction { probability } } }`, { id: leadId });
    expect(before.lead.score).toBeNull();
    const now = Date.now();
    const input = ["PROPERTY_VIEW", "PROPERTY_VIEW", "SITE_VISIT", "MEETING", "EMAIL_CLICK"].map((type, i) => ({
      leadId,
      type,
      occurredAt: new Date(now - (i + 1) * 3_600_000).toISOString(),
    }));
    const recorded = await rep.client.query(RECORD_ACTIVITIES, { input });
    expect(recorded.recordActivities.recordedCount).toBe(5);
    expect(recorded.recordActivities.leads[0].score).toBeGreaterThan(40);
    const after = await rep.client.query(`query($id: ID!) { lead(id: $id) { score prediction { probability } } }`, { id: leadId });
    expect(after.lead.score).toBe(recorded.recordActivities.leads[0].score);
    expect(after.lead.prediction.probability).toBeGreaterThan(before.lead.prediction.probability);
  });

  it("answers the flagship query with explained numbers", async () => {
    const [leadId] = await createLeads(1, "Flagship");
    await rep.client.query(RECORD_ACTIVITIES, {
      input: [
        { leadId, type: "CALLBACK_REQUEST" },
        { leadId, type: "EMAIL_OPEN" },
      ],
    });
    // The app's own flagship operation, sent by its persisted hash.
    const { lead } = await rep.client.operation(LeadOutlookDocument, { id: leadId });
    expect(lead?.id).toBe(leadId);
    expect(lead?.score).toBeGreaterThan(0);
    const prediction = lead?.prediction;
    expect(prediction?.probability).toBeGreaterThan(0);
    expect(prediction?.probability).toBeLessThan(1);
    expect(prediction?.personalized).toBe(false);
    expect(prediction?.factors.map((f) => f.name).sort()).toEqual(["activity", "engagement", "funnelTime", "recency"]);
    const sum = (prediction?.factors ?? []).reduce((s, f) => s + f.contribution, 0);
    expect(sum).toBeCloseTo(prediction?.probability ?? -1, 6);
    expect(prediction?.reasoning).toMatch(/default weights/);
    expect(lead?.nextAction).toMatchObject({ action: "CALL", priority: "URGENT" });
    expect(lead?.nextAction?.reasoning).toMatch(/callback/);
  });

  it("pages the rep's open leads through the app's MyLeads operation, each with the same prediction and action the lead shows", async () => {
    const ids = await createLeads(3, "Mine");
    await rep.client.query(RECORD_ACTIVITIES, { input: [{ leadId: ids[0], type: "CALLBACK_REQUEST" }] });
    const nodes: Awaited<ReturnType<typeof myLeads>>["leads"]["nodes"] = [];
    let after: string | null | undefined = null;
    do {
      const page: Awaited<ReturnType<typeof myLeads>> = await myLeads(after);
      nodes.push(...page.leads.nodes);
      after = page.leads.pageInfo.hasNextPage ? page.leads.pageInfo.endCursor : null;
    } while (after);
    const seen = nodes.map((n) => n.id);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ids) expect(seen).toContain(id);
    const first = nodes.find((n) => n.id === ids[0]);
    const { lead } = await rep.client.operation(LeadOutlookDocument, { id: ids[0]! });
    expect(first?.prediction?.probability).toBe(lead?.prediction?.probability);
    expect(first?.nextAction).toMatchObject({ action: lead?.nextAction?.action, priority: lead?.nextAction?.priority });
  });

  it("rejects activities for unknown or foreign leads and writes none", async () => {
    const [leadId] = await createLeads(1, "Strict");
    const foreign = await (await stack.createOrg()).user("rep");
    const foreignLead = (await foreign.client.query(`mutation { createLeads(input: [{ name: "Theirs" }]) { leads { id } } }`)).createLeads.leads[0].id;
    const result = await rep.client.query(RECORD_ACTIVITIES, {
      input: [
        { leadId, type: "CALL" },
        { leadId: foreignLead, type: "CALL" },
        { leadId: "nope", type: "CALL" },
      ],
    });
    expect(result.recordActivities.errors).toEqual([{ field: "input.2.leadId", code: "INVALID_ID" }]);
    const second = await rep.client.query(RECORD_ACTIVITIES, {
      input: [
        { leadId, type: "CALL" },
        { leadId: foreignLead, type: "CALL" },
      ],
    });
    expect(second.recordActivities.errors).toEqual([{ field: "input.1.leadId", code: "NOT_FOUND" }]);
    const lead = await rep.client.query(`query($id: ID!) { lead(id: $id) { score activities { id } } }`, { id: leadId });
    expect(lead.lead).toEqual({ score: null, activities: [] });
  });
});

describe("prediction cache", () => {
  it("serves a cached prediction until the lead changes, then recomputes it", async () => {
    const [leadId] = await createLeads(1, "Cached");
    const read = () => rep.client.query(`query($id: ID!) { lead(id: $id) { prediction { id predictedAt probability } nextAction { action } } }`, { id: leadId });
    const first = (await read()).lead;
    const again = (await read()).lead;
    expect(again.prediction).toEqual(first.prediction);
    await rep.client.query(RECORD_ACTIVITIES, { input: [{ leadId, type: "MEETING" }] });
    const afterActivity = (await read()).lead;
    expect(afterActivity.prediction.id).toBe(first.prediction.id);
    expect(afterActivity.prediction.predictedAt > first.prediction.predictedAt).toBe(true);
    expect(afterActivity.prediction.probability).toBeGreaterThan(first.prediction.probability);
    await rep.client.query(`mutation($id: ID!, $key: String!) { recordConversion(input: { leadId: $id, outcome: WON, idempotencyKey: $key }) { errors { code } } }`, {
      id: leadId,
      key: `close-${leadId}`,
    });
    const afterClose = (await read()).lead;
    expect(afterClose.prediction.predictedAt > afterActivity.prediction.predictedAt).toBe(true);
    expect(afterClose.nextAction.action).toBe("NONE");
  });
});

describe("batching", () => {
  it("costs the same number of database queries for 1 lead as for 100", async () => {
    const ids = await createLeads(100, "Batch");
    await rep.client.query(RECORD_ACTIVITIES, {
      input: ids.flatMap((leadId) => [
        { leadId, type: "EMAIL_OPEN" },
        { leadId, type: "WEBSITE_VISIT" },
      ]),
    });
    const page = (first: number) => rep.client.query(`query($first: Int!) { leads(first: $first, filter: { search: "Batch" }) { nodes { ${FLAGSHIP_FIELDS} } } }`, { first });
    const cost = async (first: number) => {
      await page(first); // warm: predictions are computed and cached on first sight
      const before = stack.database.queryCount();
      const result = await page(first);
      expect(result.leads.nodes).toHaveLength(first);
      expect(result.leads.nodes.every((n: any) => n.prediction && n.nextAction)).toBe(true);
      return stack.database.queryCount() - before;
    };
    const one = await cost(1);
    const hundred = await cost(100);
    expect(hundred).toBe(one);
    expect(one).toBeLessThanOrEqual(9);
  });

  it("also costs the same on first sight, when every prediction is computed and stored", async () => {
    const measure = async (count: number, prefix: string) => {
      await createLeads(count, prefix);
      const before = stack.database.queryCount();
      await rep.client.query(`query { leads(first: ${count}, filter: { search: "${prefix}" }) { nodes { ${FLAGSHIP_FIELDS} } } }`);
      return stack.database.queryCount() - before;
    };
    expect(await measure(100, "Cold100")).toBe(await measure(1, "Cold1"));
  });
});
