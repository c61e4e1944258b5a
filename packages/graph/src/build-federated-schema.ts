/** The one helper that turns a subgraph's type-graphql resolvers into a Federation 2 subgraph schema. */
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, type BuildSchemaOptions } from "type-graphql";
import { scalarsMap } from "./scalars";

type ResolverMap = Record<string, Record<string, unknown>>;

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, "skipCheck" | "scalarsMap">,
  referenceResolvers: ResolverMap = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, scalarsMap, skipCheck: true, validate: false });
  const resolvers = createResolversMap(schema) as ResolverMap;
  for (const [typeName, fields] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...fields };
  }
  return buildSubgraphSchema([
    { typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`), resolvers: resolvers as never },
  ]);
}
