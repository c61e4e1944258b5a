// Analysts read the API in Apollo Sandbox: every type, field and argument of the composed API
// schema carries a description, so a new field added without one fails here (issue 10).
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "@revgraph/config";
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType } from "graphql";
import { describe, expect, it } from "vitest";

const apiSchema = buildSchema(fs.readFileSync(path.join(REPO_ROOT, "schema/api.graphql"), "utf8"));

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

describe("the composed API schema", () => {
  it("describes every type, field, argument and input field", () => {
    expect(undescribed()).toEqual([]);
  });
});
