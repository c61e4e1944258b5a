// Each subgraph reads and writes only its own Postgres schema; what it reads of another
// subgraph's data goes through that owner's views for it (the same ones the grants allow).
import fs from "node:fs";
import path from "node:path";
import { getTableConfig, getViewConfig, PgTable, PgView } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "./schema/index";

const SUBGRAPHS: Record<string, { pgSchema: string; views: string[] }> = {
  sales: { pgSchema: "sales", views: ["accounts_for_sales"] },
  scoring: { pgSchema: "scoring", views: ["leads_for_scoring", "conversions_for_scoring", "profiles_for_scoring"] },
  personalization: {
    pgSchema: "personalization",
    views: [
      "leads_for_personalization",
      "accounts_for_personalization",
      "items_for_personalization",
      "purchases_for_personalization",
      "purchase_lines_for_personalization",
      "offers_for_personalization",
      "offer_policies_for_personalization",
    ],
  },
  "customer-success": { pgSchema: "customer_success", views: ["ai_usage_for_customer_success", "leads_for_customer_success"] },
};

/** Drizzle export name → "pgschema.relation". */
const relations = new Map<string, string>();
for (const [name, value] of Object.entries(schema)) {
  if (value instanceof PgTable) {
    const c = getTableConfig(value);
    relations.set(name, `${c.schema ?? "public"}.${c.name}`);
  } else if (value instanceof PgView) {
    const c = getViewConfig(value);
    relations.set(name, `${c.schema ?? "public"}.${c.name}`);
  }
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [full] : [];
  });
}

/** Every relation a file names: `schema.x`, `const { x, y: z } = schema` and schema-qualified SQL. */
function relationsUsed(source: string): string[] {
  const used = new Set<string>();
  for (const m of source.matchAll(/\bschema\.(\w+)/g)) if (relations.has(m[1]!)) used.add(relations.get(m[1]!)!);
  for (const m of source.matchAll(/const \{([^}]+)\} = schema\b/g)) {
    for (const part of m[1]!.split(",")) {
      const name = part.split(":")[0]!.trim();
      if (relations.has(name)) used.add(relations.get(name)!);
    }
  }
  for (const m of source.matchAll(/(?<![\w/-])(sales|scoring|personalization|customer_success)\.([a-z_]+)\b/g)) used.add(`${m[1]}.${m[2]}`);
  return [...used];
}

describe("schema boundaries", () => {
  const root = path.resolve(import.meta.dirname, "..", "subgraphs");
  for (const [subgraph, { pgSchema, views }] of Object.entries(SUBGRAPHS)) {
    it(`${subgraph} names only its own schema and the views it is granted`, () => {
      const foreign: string[] = [];
      for (const file of sourceFiles(path.join(root, subgraph, "src"))) {
        for (const relation of relationsUsed(fs.readFileSync(file, "utf8"))) {
          const [owner, name] = relation.split(".");
          if (owner !== pgSchema && !views.includes(name!)) foreign.push(`${path.relative(root, file)}: ${relation}`);
        }
      }
      expect(foreign).toEqual([]);
    });
  }

  it("finds the cross-schema reads it guards", () => {
    expect(relationsUsed("select 1 from sales.leads l")).toEqual(["sales.leads"]);
    expect(relationsUsed("const { leadsForScoring: leads } = schema;")).toEqual(["sales.leads_for_scoring"]);
    expect(relationsUsed("db.select().from(schema.conversions)")).toEqual(["sales.conversions"]);
  });
});
