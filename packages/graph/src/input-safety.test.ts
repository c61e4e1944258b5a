import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { MAX_INPUT_NESTING, literalsProblem, variablesProblem } from "./input-safety";

describe("variablesProblem", () => {
  it("names the first string holding a NUL character, however deep in lists and objects", () => {
    expect(variablesProblem({ input: [{ name: "ok" }, { attributes: { note: "a\u0000b" } }] })).toEqual({
      field: "input.1.attributes.note",
      message: "input.1.attributes.note must not contain NUL characters",
    });
  });

  it("refuses values nested past the limit without recursing (100,000 levels)", () => {
    let nested: unknown = 1;
    for (let i = 0; i < 100_000; i++) nested = [nested];
    expect(variablesProblem({ deep: nested })?.message).toMatch(`nested more than ${MAX_INPUT_NESTING} levels`);
  });

  it("accepts ordinary input", () => {
    expect(variablesProblem({ input: [{ name: "Ada", attributes: { budget: 5, vip: true } }], first: 100 })).toBeNull();
  });
});

describe("literalsProblem", () => {
  it("finds a NUL character written as an escape in a string literal", () => {
    expect(literalsProblem(parse(`{ leads(filter: { search: "a\\u0000b" }) { totalCount } }`))).not.toBeNull();
    expect(literalsProblem(parse(`{ leads(filter: { search: "ab" }) { totalCount } }`))).toBeNull();
  });
});
