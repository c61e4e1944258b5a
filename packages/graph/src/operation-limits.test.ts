import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "@revgraph/config";
import { Kind, buildSchema, getIntrospectionQuery, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { DEFAULT_OPERATION_LIMITS, exceededLimit, measureOperation } from "./operation-limits";

const api = buildSchema(fs.readFileSync(path.join(REPO_ROOT, "schema/api.graphql"), "utf8"));

function measure(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source, { maxTokens: 1_000_000 });
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return measureOperation(api, operation, fragments, variables);
}

describe("measureOperation", () => {
  it("keeps the client's own documents well within every limit, the work list of 100 leads included", () => {
    for (const file of ["lead-list.graphql", "lead-outlook.graphql"]) {
      const m = measure(fs.readFileSync(path.join(REPO_ROOT, "client/operations", file), "utf8"), { first: 100, id: "x" });
      expect(exceededLimit(m, DEFAULT_OPERATION_LIMITS)).toBeNull();
    }
    const workList = measure(
      `query($first: Int!) { leads(first: $first) { nodes { id name status score
      prediction { probability confidence personalized factors { name contribution } reasoning }
      nextAction { action priority reasoning } profile { temperature engagementScore intentScore } account { name healthScore } } } }`,
      { first: 100 },
    );
    // About half the budget: prediction and nextAction cost 10 per lead, and factors (first: 5 by default) five times its fields.
    expect(workList.cost).toBeLessThan(DEFAULT_OPERATION_LIMITS.maxCost * 0.6);
  });

  it("measures an operation that reads no variable once, and one whose first is a variable on every request", () => {
    const parsed = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;
    const outlook = parsed(`query($id: ID!) { lead(id: $id) { id prediction { probability } } }`);
    const first = measureOperation(api, outlook, {}, { id: "a" });
    expect(measureOperation(api, outlook, {}, { id: "b" })).toBe(first);
    const page = parsed(`query($n: Int!) { leads(first: $n) { nodes { id } } }`);
    expect(measureOperation(api, page, {}, { n: 10 }).cost).toBe(1 + 10 * 2);
    expect(measureOperation(api, page, {}, { n: 50 }).cost).toBe(1 + 50 * 2);
  });

  it("lets Apollo Sandbox's introspection query through in development", () => {
    expect(exceededLimit(measure(getIntrospectionQuery()), DEFAULT_OPERATION_LIMITS)).toBeNull();
  });

  it("multiplies list costs by first (literal, variable or default) and charges predictions more", () => {
    expect(measure(`{ leads(first: 10) { nodes { id } } }`).cost).toBe(1 + 10 * 2);
    expect(measure(`query($n: Int!) { leads(first: $n) { nodes { id } } }`, { n: 50 }).cost).toBe(1 + 50 * 2);
    expect(measure(`{ leads { nodes { id } } }`).cost).toBe(1 + 20 * 2);
    // leads refuses first: 10000 itself (BAD_USER_INPUT naming first), before resolving nodes.
    expect(measure(`{ leads(first: 10000) { nodes { id } } }`).cost).toBe(1 + 1000 * 2);
    expect(measure(`{ leads(first: 10) { nodes { prediction { probability } } } }`).cost).toBe(1 + 10 * (1 + 10 + 1));
  });

  it("measures fragments that spread each other twice in linear time, with their exponential cost", () => {
    const fragments = ["fragment F0 on CustomerProfile { id }"];
    for (let i = 1; i <= 60; i++) fragments.push(`fragment F${i} on CustomerProfile { lead { profile { ...F${i - 1} } } b: lead { profile { ...F${i - 1} } } }`);
    const started = performance.now();
    const m = measure(`{ customerProfile(id: "x") { ...F60 } }\n${fragments.join("\n")}`);
    expect(performance.now() - started).toBeLessThan(200);
    expect(m.cost).toBeGreaterThan(2 ** 60);
    expect(m.depth).toBe(1 + 60 * 2 + 1);
  });

  it("counts entity representations and charges each one", () => {
    const m = measure(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { id } } }`, { r: new Array(3000).fill({}) });
    expect(m.representations).toBe(3000);
    expect(exceededLimit(m, DEFAULT_OPERATION_LIMITS)).toMatch(/3000 entity representations; the limit is 2000/);
  });
});
