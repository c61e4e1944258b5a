import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed client documents for React apps, generated from the committed supergraph's API schema. */
const config: CodegenConfig = {
  schema: "schema/api.graphql",
  documents: ["client/operations/**/*.graphql"],
  generates: {
    "client/generated/": {
      preset: "client",
      // persisted-documents.json (sha256 → document): the manifest the gateway can restrict production to.
      presetConfig: { persistedDocuments: { hashAlgorithm: "sha256" } },
      config: { scalars: { DateTime: "string", JSON: "Record<string, string | number | boolean>" }, enumsAsTypes: true },
    },
  },
};

export default config;
