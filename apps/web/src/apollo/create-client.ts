/** The app's Apollo Client: persisted operations by hash, the session's bearer token, a cache that pages the work list and the accounts. */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { relayStylePagination } from "@apollo/client/utilities";
import persistedDocuments from "@revgraph/client/persisted-documents.json";
import { getOperationAST, type DocumentNode } from "graphql";

/** The operation's name in a printed document, which may begin with the fragments it uses. */
const OPERATION_NAME = /(?:^|[\s}])(?:query|mutation|subscription)\s+(\w+)/;

/** sha256 of each operation codegen wrote to the manifest, by operation name (names are unique across the client). */
const HASH_BY_OPERATION = new Map(Object.entries(persistedDocuments as Record<string, string>).map(([hash, document]) => [OPERATION_NAME.exec(document)?.[1], hash]));

function persistedHash(document: DocumentNode): string {
  const name = getOperationAST(document)?.name?.value;
  const hash = name ? HASH_BY_OPERATION.get(name) : undefined;
  if (!hash) throw new Error(`Operation ${name ?? "(anonymous)"} is not in the persisted-documents manifest: run pnpm codegen`);
  return hash;
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One list per filter and order; pages after the first are appended.
          worklist: relayStylePagination(["filter", "orderBy"]),
          accounts: relayStylePagination(["atRisk", "mine", "lifecycleStage"]),
        },
      },
      // Value objects without ids: replaced whole when a newer answer arrives.
      Lead: { fields: { nextAction: { merge: false }, activities: { merge: false } } },
      // The default model has no id: models are stored inside the answers that hold them.
      ScoringModel: { keyFields: false },
    },
  });
}

/**
 * Sends only the operation's hash (the gateway answers from the manifest codegen writes, and with
 * PERSISTED_OPERATIONS=only accepts nothing else), and the session's token on every request.
 */
export function createApolloClient(getToken: () => Promise<string>, uri = "/graphql"): ApolloClient {
  const auth = new SetContextLink(async (prevContext) => ({
    headers: { ...prevContext.headers, authorization: `Bearer ${await getToken()}` },
  }));
  const persisted = new PersistedQueryLink({ generateHash: persistedHash });
  return new ApolloClient({
    link: ApolloLink.from([persisted, auth, new HttpLink({ uri })]),
    cache: createCache(),
  });
}
