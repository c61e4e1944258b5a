/** Composes the supergraph from the subgraphs' schemas, as the build does; fails loudly on composition errors. */
import fs from "node:fs";
import path from "node:path";
import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { REPO_ROOT } from "@revgraph/config";
import type { SubgraphDefinition } from "@revgraph/graph";
import { parse, printSchema } from "graphql";

export const SCHEMA_DIR = path.join(REPO_ROOT, "schema");
export const SUPERGRAPH_FILE = path.join(SCHEMA_DIR, "supergraph.graphql");
export const API_SCHEMA_FILE = path.join(SCHEMA_DIR, "api.graphql");

export interface Composition {
  subgraphs: { name: string; sdl: string }[];
  supergraphSdl: string;
  /** The client-facing schema (no federation internals): what clients are generated from. */
  apiSdl: string;
}

export async function composeSupergraph(definitions: SubgraphDefinition[], routingUrl: (name: string) => string): Promise<Composition> {
  const subgraphs = await Promise.all(definitions.map(async (definition) => ({ name: definition.name, sdl: printSubgraphSchema(await definition.buildSchema()) })));
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, typeDefs: parse(s.sdl), url: routingUrl(s.name) })));
  if (result.errors?.length) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`);
  }
  const apiSchema = result.schema!.toAPISchema().toGraphQLJSSchema();
  return { subgraphs, supergraphSdl: result.supergraphSdl!, apiSdl: printSchema(apiSchema) };
}

export function readCommittedSupergraph(): string {
  return fs.readFileSync(SUPERGRAPH_FILE, "utf8");
}

/** The first-party client's operations by sha256, as `pnpm codegen` writes them. */
export function readPersistedManifest(): Map<string, string> {
  const file = path.join(REPO_ROOT, "client/generated/persisted-documents.json");
  return new Map(Object.entries(JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>));
}
