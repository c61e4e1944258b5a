import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "@revgraph/testkit";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

describe("smoke", () => {
  it("serves liveness and readiness on the gateway and every subgraph", async () => {
    for (const url of [stack.gatewayUrl, ...Object.values(stack.subgraphUrls)]) {
      const live = await fetch(url.replace(/\/graphql$/, "/health/live"));
      const ready = await fetch(url.replace(/\/graphql$/, "/health/ready"));
      expect([live.status, ready.status]).toEqual([200, 200]);
      expect(await ready.json()).toEqual({ status: "ready" });
    }
  });

  it("serves Apollo Sandbox to a browser on GET", async () => {
    const page = await fetch(stack.gatewayUrl, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/sandbox/i);
  });

  it("creates a lead through the gateway and reads it back", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const created = await rep.client.query(
      `mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { createdCount errors { field code } leads { id name assignedTo { id role } attributes } } }`,
      { input: [{ name: "Ada", email: "ada@acme.test", assignedToId: rep.id, attributes: { budget: 5 } }] },
    );
    expect(created.createLeads.errors).toEqual([]);
    const id = created.createLeads.leads[0].id;
    const read = await rep.client.query(`query($id: ID!) { lead(id: $id) { id name assignedTo { id } } }`, { id });
    expect(read.lead).toEqual({ id, name: "Ada", assignedTo: { id: rep.id } });
  });

  it("applies @include and @skip to fields the gateway gathers from several subgraphs", async () => {
    const org = await stack.createOrg();
    const rep = await org.user();
    const created = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, {
      input: [{ name: "Grace", email: "grace@acme.test", assignedToId: rep.id }],
    });
    const id = created.createLeads.leads[0].id;
    const query = `query($id: ID!, $scores: Boolean!, $hideName: Boolean!) {
      lead(id: $id) { id name @skip(if: $hideName) score @include(if: $scores) ... on Lead @include(if: $scores) { status } }
    }`;
    const shown = await rep.client.query(query, { id, scores: true, hideName: false });
    // A lead without activity has no engagement score yet: null, but asked for and answered by scoring.
    expect(shown.lead).toEqual({ id, name: "Grace", score: null, status: "NEW" });
    const hidden = await rep.client.query(query, { id, scores: false, hideName: true });
    expect(hidden.lead).toEqual({ id });
  });
});
