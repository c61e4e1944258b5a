import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

let stack: TestStack;
let rep: TestUser;
let leadIds: string[];
beforeAll(async () => {
  stack = await startTestStack();
  rep = await (await stack.createOrg()).user();
  leadIds = [];
  for (const size of [1000, 500]) {
    const input = Array.from({ length: size }, (_, i) => ({ name: `Entity ${leadIds.length + i}` }));
    const created = await rep.client.query(`mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { leads { id } } }`, { input });
    leadIds.push(...created.createLeads.leads.map((lead: { id: string }) => lead.id));
  }
});
afterAll(async () => {
  await stack?.close();
});

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Lead { id name } } }`;

describe("_entities on a subgraph", () => {
  it("answers 70,000 representations sent straight to the sales subgraph with a fast coded error, not a hang", async () => {
    // Regression: the loader put 70,000 ids in one statement, past PostgreSQL's 65,535 parameters,
    // and the error holding them all was copied per entity (80 s, 2.6 GB).
    const representations = Array.from({ length: 70_000 }, (_, i) => ({ __typename: "Lead", id: leadIds[i % leadIds.length] }));
    const started = performance.now();
    const result = await stack.direct("sales", rep.token).raw(ENTITIES, { representations });
    const elapsed = performance.now() - started;
    expect(result.status).toBe(400);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "OPERATION_TOO_COMPLEX" } });
    expect(result.errors?.[0]?.message).toMatch(/70000 entity representations; the limit is 2000/);
    expect(elapsed).toBeLessThan(3000);
  });

  it("serves 1,500 distinct representations, more than one loader batch of 1,000 keys, in order", async () => {
    const ids = [...leadIds].reverse();
    const result = await stack.direct("sales", rep.token).query(ENTITIES, { representations: ids.map((id) => ({ __typename: "Lead", id })) });
    expect(result._entities).toHaveLength(1500);
    expect(result._entities.map((e: { id: string }) => e.id)).toEqual(ids);
  });
});
