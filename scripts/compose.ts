/** Writes each subgraph's SDL and the composed supergraph under schema/; with --check, fails on drift instead. */
import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "@revgraph/config";
import { API_SCHEMA_FILE, SCHEMA_DIR, SUPERGRAPH_FILE, composeSupergraph, subgraphDefinitions } from "@revgraph/stack";

const check = process.argv.includes("--check");
const config = loadConfig();
const { subgraphs, supergraphSdl, apiSdl } = await composeSupergraph(subgraphDefinitions(config), (name) => `http://localhost:${config.ports[name as "sales"]}/graphql`);

const files = new Map<string, string>([
  ...subgraphs.map((s) => [path.join(SCHEMA_DIR, `${s.name}.graphql`), `${s.sdl.trim()}\n`] as const),
  [SUPERGRAPH_FILE, supergraphSdl.endsWith("\n") ? supergraphSdl : `${supergraphSdl}\n`],
  [API_SCHEMA_FILE, `${apiSdl.trim()}\n`],
]);

let drift = 0;
for (const [file, content] of files) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
  if (current === content) continue;
  if (check) {
    drift += 1;
    console.error(`${path.relative(process.cwd(), file)} is out of date: run pnpm compose and commit the result`);
  } else {
    fs.mkdirSync(SCHEMA_DIR, { recursive: true });
    fs.writeFileSync(file, content);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
if (drift) process.exit(1);
console.log(check ? "schema/ matches a fresh composition" : "composition succeeded");
