// Analysts read the API in Apollo Sandbox: every type, field and argument of the composed API
// schema carries a description, so a new field added without one fails here (issue 10).
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "@revgraph/config";
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, parse, type StringValueNode } from "graphql";
import { describe, expect, it } from "vitest";

const SCHEMA_DIR = path.join(REPO_ROOT, "schema");
const apiSchema = buildSchema(fs.readFileSync(path.join(SCHEMA_DIR, "api.graphql"), "utf8"));
const SUBGRAPHS = ["sales", "scoring", "personalization", "customer-success"];

function blank(description: string | null | undefined): boolean {
  return !description?.trim();
}

/** "Type", "Type.field" and "Type.field(arg)" of every public type, field and argument without a description. */
function undescribed(): string[] {
  const missing: string[] = [];
  for (const type of Object.values(apiSchema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      if (blank(type.description)) missing.push(type.name);
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      if (blank(type.description)) missing.push(type.name);
      for (const field of Object.values(type.getFields())) if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type) || isUnionType(type)) {
      if (blank(type.description)) missing.push(type.name);
    }
  }
  return missing;
}

interface Described {
  name: { value: string };
  description?: StringValueNode;
  directives?: readonly { name: { value: string } }[];
  fields?: readonly Described[];
  arguments?: readonly Described[];
  values?: readonly Described[];
}

/**
 * Coordinates defined in more than one subgraph (shareable types such as PageInfo, shared enums,
 * entity keys) whose subgraphs describe them differently: composition keeps one of the texts
 * silently. Fields a subgraph marks @external are the owner's to describe and are skipped.
 */
function inconsistentlyDescribed(): string[] {
  const texts = new Map<string, Map<string, string[]>>();
  const note = (coordinate: string, node: Described, subgraph: string) => {
    const text = node.description?.value ?? "(none)";
    const bySubgraph = texts.get(coordinate) ?? new Map<string, string[]>();
    bySubgraph.set(text, [...(bySubgraph.get(text) ?? []), subgraph]);
    texts.set(coordinate, bySubgraph);
  };
  for (const subgraph of SUBGRAPHS) {
    const document = parse(fs.readFileSync(path.join(SCHEMA_DIR, `${subgraph}.graphql`), "utf8"));
    for (const definition of document.definitions as readonly Partial<Described>[]) {
      if (!definition.name) continue;
      const type = definition as Described;
      note(type.name.value, type, subgraph);
      for (const field of [...(type.fields ?? []), ...(type.values ?? [])]) {
        if (field.directives?.some((d) => d.name.value === "external")) continue;
        note(`${type.name.value}.${field.name.value}`, field, subgraph);
        for (const arg of field.arguments ?? []) note(`${type.name.value}.${field.name.value}(${arg.name.value})`, arg, subgraph);
      }
    }
  }
  return [...texts].filter(([, bySubgraph]) => bySubgraph.size > 1).map(([coordinate, bySubgraph]) => `${coordinate}: ${JSON.stringify(Object.fromEntries(bySubgraph))}`);
}

describe("the composed API schema", () => {
  it("describes every type, field, argument and input field", () => {
    expect(undescribed()).toEqual([]);
  });

  it("gets the same description from every subgraph that defines a type or field", () => {
    expect(inconsistentlyDescribed()).toEqual([]);
  });
});
