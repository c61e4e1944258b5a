import type { CodegenConfig } from "@graphql-codegen/cli";
import { addTypenameSelectionDocumentTransform } from "@graphql-codegen/client-preset";

/**
 * Typed client documents for React apps, generated from the committed supergraph's API schema: the
 * example operations in client/operations and the web app's queries and fragments (apps/web/src).
 */
const config: CodegenConfig = {
  schema: "schema/api.graphql",
  documents: ["client/operations/**/*.graphql", "apps/web/src/**/*.tsx", "!apps/web/src/**/*.test.tsx"],
  generates: {
    "client/generated/": {
      preset: "client",
      presetConfig: {
        // persisted-documents.json (sha256 → document): the manifest the gateway can restrict production to.
        persistedDocuments: { hashAlgorithm: "sha256" },
        // Named apart from Apollo Client's useFragment hook: this one only unmasks a fragment's data.
        fragmentMasking: { unmaskFunctionName: "getFragmentData" },
      },
      // Apollo Client's cache needs __typename; the persisted documents must carry it, since a client may send only their hash.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: { scalars: { DateTime: "string", JSON: "Record<string, string | number | boolean>" }, enumsAsTypes: true },
    },
  },
};

export default config;
