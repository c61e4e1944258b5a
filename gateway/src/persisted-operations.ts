/**
 * Persisted operations for first-party clients: the manifest codegen writes
 * (client/generated/persisted-documents.json, sha256 of the document → the document).
 *
 * - "accept": a client may send only the hash (`extensions.persistedQuery.sha256Hash`, Apollo's
 *   automatic persisted queries); the gateway answers from the manifest. Any other document is
 *   accepted too (analysts in Sandbox), and nothing is registered at runtime.
 * - "only": every operation must be one of the manifest's, sent by hash or as its exact text;
 *   anything else is refused with PERSISTED_QUERY_NOT_ALLOWED before planning.
 */
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError } from "graphql";

export type PersistedOperationsMode = "accept" | "only";

export const PERSISTED_QUERY_NOT_ALLOWED = "PERSISTED_QUERY_NOT_ALLOWED";

type PersistedQueryCache = NonNullable<Exclude<ApolloServerOptions<BaseContext>["persistedQueries"], false | undefined>["cache"]>;

/** Apollo's persisted-query cache read from the manifest; writes (runtime registration) are ignored. */
function manifestCache(manifest: ReadonlyMap<string, string>): PersistedQueryCache {
  return {
    get: async (key) => manifest.get(key.replace(/^apq:/, "")),
    set: async () => {},
    delete: async () => {},
  };
}

function safelistPlugin<TContext extends BaseContext>(manifest: ReadonlyMap<string, string>): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash }) {
          if (manifest.has(queryHash)) return;
          throw new GraphQLError("This gateway accepts only the first-party client's persisted operations.", {
            extensions: { code: PERSISTED_QUERY_NOT_ALLOWED, http: { status: 400 } },
          });
        },
      };
    },
  };
}

/** The Apollo Server settings for a mode: the persisted-query cache, and the safelist in "only". */
export function persistedOperations<TContext extends BaseContext>(
  manifest: ReadonlyMap<string, string>,
  mode: PersistedOperationsMode,
): Pick<ApolloServerOptions<TContext>, "persistedQueries"> & { plugins: ApolloServerPlugin<TContext>[] } {
  return {
    persistedQueries: { cache: manifestCache(manifest) },
    plugins: mode === "only" ? [safelistPlugin<TContext>(manifest)] : [],
  };
}
