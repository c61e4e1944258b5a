import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WorklistDocument } from "@revgraph/client/graphql";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

const WORKLIST = `query($first: Int, $after: String, $filter: WorklistFilter, $orderBy: WorklistOrder) {
  worklist(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount modelVersion
    pageInfo { hasNextPage endCursor }
    edges { cursor probability expectedValue node { id name status value prediction { probability } } }
  }
}`;
const ACTIVITIES = `mutation($input: [ActivityInput!]!) { recordActivities(input: $input) { recordedCount errors { field code } } }`;

interface Edge {
  probability: number;
  expectedValue: number | null;
  node: { id: string; name: string; status: string; value: number | null; prediction: { probability: number } };
}

let stack: TestStack;
let rep: TestUser;
let other: TestUser;
let leadIds: Record<string, string>;

beforeAll(async () => {
  stack = await startTestStack();
  const org = await stack.createOrg();
  rep = await org.user("rep");
  other = await org.user("rep");
  const input = [
    { name: "Cold", value: 900000 },
    { name: "Warm", value: 1000 },
    { name: "Hot", value: 50000 },
    { name: "Qualified", status: "QUALIFIED" },
    { name: "Closed" },
    { name: "Elsewhere", assignedToId: other.id },
  ].map((l) => ({ assignedToId: rep.id, source: l.name === "Hot" ? "referral" : "web", ...l }));
  const created = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id name } } }`, { input });
  leadIds = Object.fromEntries(created.createLeads.leads.map((l: { id: string; name: string }) => [l.name, l.id]));
  const now = Date.now();
  const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
  await rep.client.query(ACTIVITIES, {
    input: [
      ...["PROPERTY_VIEW", "SITE_VISIT", "CALLBACK_REQUEST", "MEETING"].map((type, i) => ({ leadId: leadIds.Hot, type, occurredAt: at(60 + i) })),
      { leadId: leadIds.Warm, type: "EMAIL_OPEN", occurredAt: at(30) },
    ],
  });
  await rep.client.query(`mutation($input: RecordConversionInput!) { recordConversion(input: $input) { errors { code } } }`, {
    input: { leadId: leadIds.Closed, outcome: "LOST", idempotencyKey: "closed" },
  });
});
afterAll(async () => {
  await stack?.close();
});

async function worklist(vars: Record<string, unknown>, user = rep) {
  return (await user.client.query(WORKLIST, vars)).worklist as {
    totalCount: number;
    modelVersion: string;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Edge[];
  };
}

describe("worklist", () => {
  it("holds the caller's open leads, highest probability first, each the same number the lead's prediction shows", async () => {
    const list = await worklist({ first: 10 });
    expect(list.totalCount).toBe(4);
    expect(list.modelVersion).toBe("default");
    const names = list.edges.map((e) => e.node.name);
    expect(new Set(names)).toEqual(new Set(["Cold", "Warm", "Hot", "Qualified"]));
    expect(names[0]).toBe("Hot");
    const probabilities = list.edges.map((e) => e.probability);
    expect(probabilities).toEqual([...probabilities].sort((a, b) => b - a));
    for (const e of list.edges) expect(e.probability).toBeCloseTo(e.node.prediction.probability, 10);
  });

  it("pages with cursors through every lead exactly once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page = await worklist({ first: 1, after });
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    expect(seen).toEqual((await worklist({ first: 10 })).edges.map((e) => e.node.id));
  });

  it("orders by expected value and filters by status, source and probability", async () => {
    const byValue = await worklist({ first: 10, orderBy: "EXPECTED_VALUE" });
    const keys = byValue.edges.map((e) => e.expectedValue ?? 0);
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    const cold = byValue.edges.find((e) => e.node.name === "Cold")!;
    expect(cold.expectedValue).toBeCloseTo(cold.probability * 900000, 4);
    expect((await worklist({ first: 10, filter: { statuses: ["QUALIFIED"] } })).edges.map((e) => e.node.name)).toEqual(["Qualified"]);
    expect((await worklist({ first: 10, filter: { sources: ["referral"] } })).edges.map((e) => e.node.name)).toEqual(["Hot"]);
    const top = (await worklist({ first: 10 })).edges[0]!.probability;
    const above = await worklist({ first: 10, filter: { minProbability: top } });
    expect(above.edges.map((e) => e.node.name)).toEqual(["Hot"]);
    expect(above.totalCount).toBe(1);
  });

  it("filters by the priority of each lead's next action, as the lead's nextAction shows it", async () => {
    const all = (await rep.client.query(`{ worklist(first: 10) { edges { node { id nextAction { priority } } } } }`)).worklist.edges as {
      node: { id: string; nextAction: { priority: string } };
    }[];
    const priorities = [...new Set(all.map((e) => e.node.nextAction.priority))];
    expect(priorities.length).toBeGreaterThan(1);
    for (const priority of priorities) {
      const filtered = await worklist({ first: 10, filter: { priorities: [priority] } });
      expect(filtered.edges.map((e) => e.node.id).sort()).toEqual(
        all
          .filter((e) => e.node.nextAction.priority === priority)
          .map((e) => e.node.id)
          .sort(),
      );
    }
  });

  it("reorders when a lead's stored prediction goes out of date", async () => {
    const before = await worklist({ first: 10 });
    const coldBefore = before.edges.find((e) => e.node.name === "Cold")!.probability;
    const now = Date.now();
    const recorded = await rep.client.query(ACTIVITIES, {
      input: ["PROPERTY_VIEW", "PROPERTY_VIEW", "SITE_VISIT", "CALLBACK_REQUEST", "MEETING", "CALL"].map((type, i) => ({
        leadId: leadIds.Cold,
        type,
        occurredAt: new Date(now - (i + 1) * 60_000).toISOString(),
      })),
    });
    expect(recorded.recordActivities.recordedCount).toBe(6);
    const after = await worklist({ first: 10 });
    const cold = after.edges.find((e) => e.node.name === "Cold")!;
    expect(cold.probability).toBeGreaterThan(coldBefore);
    expect(cold.probability).toBeCloseTo(cold.node.prediction.probability, 10);
    expect(after.edges.findIndex((e) => e.node.name === "Cold")).toBeLessThan(before.edges.findIndex((e) => e.node.name === "Cold"));
  });

  it("answers the app's own Worklist operation by its persisted hash, typed, in the same order", async () => {
    const typed = await rep.client.operation(WorklistDocument, { first: 10 });
    const plain = await worklist({ first: 10 });
    expect(typed.worklist.edges.map((e) => e.node.id)).toEqual(plain.edges.map((e) => e.node.id));
    expect(typed.worklist.edges.every((e) => e.node.nextAction !== null && e.probability >= 0)).toBe(true);
  });

  it("filters by temperature in SQL, the same leads as each lead's profile names through personalization, and none without a profile", async () => {
    const record = async (leadId: string, input: Record<string, unknown>) => {
      const data = await rep.client.query(`mutation($input: RecordProfileInteractionInput!) { recordProfileInteraction(input: $input) { errors { code } } }`, {
        input: { leadId, ...input },
      });
      expect(data.recordProfileInteraction.errors).toEqual([]);
    };
    // Hot: six sessions, two interests, a site visit, a callback, glowing sentiment (18.2). Warm: no session but the intent signals (11). Cold: one session. Qualified: no profile.
    for (let k = 0; k < 6; k++) await record(leadIds.Hot!, { newSession: true, viewedItem: { itemId: `i${k}`, name: `Item ${k}` }, sentiment: 1 });
    for (const leadId of [leadIds.Hot!, leadIds.Warm!]) {
      for (let k = 0; k < 2; k++) await record(leadId, { interest: { itemId: `i${k}`, name: `Item ${k}`, level: "HIGH" } });
      await record(leadId, { siteVisitScheduled: true, callbackRequested: true });
    }
    await record(leadIds.Cold!, { newSession: true });

    const all = (await rep.client.operation(WorklistDocument, { first: 10 })).worklist.edges;
    const temperatureOf = Object.fromEntries(all.map((e) => [e.node.name, e.node.profile?.temperature ?? null]));
    expect(temperatureOf).toEqual({ Hot: "HOT", Warm: "WARM", Cold: "COLD", Qualified: null });
    for (const temperatures of [["HOT"], ["WARM"], ["COLD"], ["HOT", "COLD"], []] as const) {
      const filtered = (await rep.client.operation(WorklistDocument, { first: 10, filter: { temperatures: [...temperatures] } })).worklist;
      const expected = all.filter((e) => (temperatures as readonly string[]).includes(e.node.profile?.temperature ?? "")).map((e) => e.node.id);
      expect(filtered.edges.map((e) => e.node.id)).toEqual(expected); // in the list's order
      expect(filtered.totalCount).toBe(expected.length);
    }
    // Combined with the other filters, and another rep's hot lead never appears.
    expect((await worklist({ first: 10, filter: { temperatures: ["HOT"], sources: ["web"] } })).edges).toEqual([]);
    expect((await worklist({ first: 10, filter: { temperatures: ["HOT", "WARM", "COLD"] } }, other)).edges).toEqual([]);
  });

  it("shows another rep only their own leads", async () => {
    const list = await worklist({ first: 10 }, other);
    expect(list.edges.map((e) => e.node.name)).toEqual(["Elsewhere"]);
  });

  it("refuses a forged cursor, a page over 100 and a probability out of range with BAD_USER_INPUT", async () => {
    for (const vars of [{ after: "bm90IGEgY3Vyc29y" }, { first: 101 }, { filter: { minProbability: 1.5 } }]) {
      const result = await rep.client.raw(WORKLIST, vars);
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});
