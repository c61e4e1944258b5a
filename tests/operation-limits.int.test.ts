import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

let stack: TestStack;
let rep: TestUser;
let leadId: string;
beforeAll(async () => {
  stack = await startTestStack();
  rep = await (await stack.createOrg()).user();
  const created = await rep.client.query(`mutation { createLeads(input: [{ name: "Limits", email: "limits@example.test" }]) { leads { id } } }`);
  leadId = created.createLeads.leads[0].id;
});
afterAll(async () => {
  await stack?.close();
});

/** Fragments F1..Fn, each spreading the previous one twice through CustomerProfile.lead.profile: 2^n fields once expanded. */
function exponentialFragments(levels: number): string {
  const fragments = ["fragment F0 on CustomerProfile { id temperature }"];
  for (let i = 1; i <= levels; i++) {
    fragments.push(`fragment F${i} on CustomerProfile { lead { profile { ...F${i - 1} } } a${i}: lead { profile { ...F${i - 1} } } }`);
  }
  return `query Bomb($id: ID!) { lead(id: $id) { profile { ...F${levels} } } }\n${fragments.join("\n")}`;
}

const WORK_LIST = `query WorkList($first: Int!) {
  leads(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id name status score
      prediction { probability confidence personalized factors { name contribution } reasoning }
      nextAction { action priority reasoning }
      profile { temperature engagementScore intentScore }
      account { name healthScore }
    }
  }
}`;

function expectTooComplex(result: { status: number; data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }) {
  expect(result.errors?.[0]?.extensions?.code).toBe("OPERATION_TOO_COMPLEX");
  expect(result.status).toBe(400);
  expect(result.data ?? null).toBeNull();
}

describe("operation limits at the gateway", () => {
  it("rejects fragments nested 13 deep, each spreading the previous twice, quickly and before execution", async () => {
    const started = performance.now();
    const result = await rep.client.raw(exponentialFragments(13), { id: leadId });
    const elapsed = performance.now() - started;
    expectTooComplex(result);
    expect(elapsed).toBeLessThan(1000);
  });

  it("rejects 8,000 aliases of lead(id)", async () => {
    const fields = Array.from({ length: 8000 }, (_, i) => `l${i}: lead(id: $id) { score prediction { probability } profile { id } account { id } }`);
    const result = await rep.client.raw(`query Aliases($id: ID!) { ${fields.join(" ")} }`, { id: leadId });
    expectTooComplex(result);
  });

  it("rejects more aliases than the limit even in a small document", async () => {
    const fields = Array.from({ length: 31 }, (_, i) => `l${i}: lead(id: $id) { id }`);
    const result = await rep.client.raw(`query Aliases($id: ID!) { ${fields.join(" ")} }`, { id: leadId });
    expectTooComplex(result);
    expect(result.errors?.[0]?.message).toMatch(/31 aliases; the limit is 30/);
  });

  it("rejects 100 aliases of leads(first: 100) with predictions by their cost even under the token and alias limits", async () => {
    // Variables keep the document small, so only the cost model can refuse it.
    const fields = Array.from({ length: 25 }, (_, i) => `l${i}: leads(first: $first) { nodes { prediction { probability } } }`);
    const result = await rep.client.raw(`query Costly($first: Int!) { ${fields.join(" ")} }`, { first: 100 });
    expectTooComplex(result);
    expect(result.errors?.[0]?.message).toMatch(/costs \d+; the limit is 10000/);
    const hundred = Array.from({ length: 100 }, (_, i) => `l${i}: leads(first: 100) { nodes { prediction { probability } } }`);
    expectTooComplex(await rep.client.raw(`{ ${hundred.join(" ")} }`));
  });

  it("rejects documents deeper than the depth limit", async () => {
    const result = await rep.client.raw(
      `query Deep($id: ID!) { lead(id: $id) { profile { lead { profile { lead { profile { lead { profile { lead { profile { id } } } } } } } } } } }`,
      { id: leadId },
    );
    expectTooComplex(result);
    expect(result.errors?.[0]?.message).toMatch(/fields deep/);
  });

  it("rejects documents with more tokens than the limit before parsing them whole", async () => {
    const result = await rep.client.raw(`{ me { ${"id ".repeat(6000)} } }`);
    expectTooComplex(result);
    expect(result.errors?.[0]?.message).toMatch(/more than 5000 tokens/);
    expect(result.errors).toHaveLength(1);
  });

  it("rejects documents with too many directives", async () => {
    const result = await rep.client.raw(`{ me { ${"... @include(if: true) { id } ".repeat(60)} } }`);
    expectTooComplex(result);
  });

  it("still serves the work list of 100 leads with prediction, next action, profile and account", async () => {
    const result = await rep.client.raw(WORK_LIST, { first: 100 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.leads.nodes).toHaveLength(1);
  });
});

describe("operation limits in the subgraphs", () => {
  it("rejects an over-deep document sent straight to a subgraph", async () => {
    const deep = `{ profiles(first: 1) { nodes { ${"lead { profile { ".repeat(6)}id${" } }".repeat(6)} } } }`;
    expectTooComplex(await stack.direct("personalization", rep.token).raw(deep));
  });

  it("rejects entity fetches whose representations cost more than the limit", async () => {
    const representations = Array.from({ length: 1500 }, () => ({ __typename: "Lead", id: leadId }));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { prediction { probability } nextAction { action } } } }`;
    expectTooComplex(await stack.direct("scoring", rep.token).raw(query, { r: representations }));
  });
});
